/**
 * A kind dead end: an unknown or stopped card; a name and birthday that found no one, look-alikes
 * the kiosk cannot tell apart, or "that is not me"; a tablet that could not save. It never says
 * which, so nobody learns anything about a card or a person.
 */
import { t } from '../i18n/index.js';
import { BackButton, StartOverButton, VisitorButton } from './KioskButtons.js';

export function SeeStaffScreen({ problem = false, onBack }: { problem?: boolean; onBack(): void }) {
  return (
    <section class="kiosk-screen kiosk-see-staff" aria-labelledby="kiosk-see-staff-title">
      <h1 id="kiosk-see-staff-title" tabIndex={-1}>
        {t.value('kiosk.seeStaff.title')}
      </h1>
      <p class="kiosk-lead">{problem ? t.value('kiosk.problem') : t.value('kiosk.seeStaff.lead')}</p>
      <div class="kiosk-actions">
        <VisitorButton />
        <BackButton onClick={onBack} />
        <StartOverButton primary />
      </div>
    </section>
  );
}
