/** "Today": whether the kiosks take check-ins, and this device's sync state; the board and queue come next. */
import { t } from '../i18n/index.js';
import { KioskHoursPanel } from './kiosk-hours/KioskHoursPanel.js';
import { SyncPanel } from './sync/SyncPanel.js';

export function Today() {
  return (
    <>
      <h1>{t.value('staff.today.title')}</h1>
      <KioskHoursPanel />
      <SyncPanel />
    </>
  );
}
