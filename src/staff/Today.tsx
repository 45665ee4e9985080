/** "Today": who is here and the request queue arrive with check-in; a placeholder until then. */
import { t } from '../i18n/index.js';

export function Today() {
  return (
    <>
      <h1>{t.value('staff.today.title')}</h1>
      <p>{t.value('staff.comingSoon')}</p>
    </>
  );
}
