/** Participants: the list at /staff/participants, a profile at /staff/participants/<id>. (Being built.) */
import { t } from '../../i18n/index.js';

export function ParticipantsSection({ path }: { path: string }) {
  return (
    <>
      <h1>{t.value('staff.nav.participants')}</h1>
      <p data-path={path}>{t.value('staff.comingSoon')}</p>
    </>
  );
}
