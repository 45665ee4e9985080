/** "Today": this device's sync state for now; who is here and the request queue arrive with check-in. */
import { t } from '../i18n/index.js';
import { SyncPanel } from './sync/SyncPanel.js';

export function Today() {
  return (
    <>
      <h1>{t.value('staff.today.title')}</h1>
      <SyncPanel />
    </>
  );
}
