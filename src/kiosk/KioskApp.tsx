/** The lobby tablet's frame: header with language and a quiet sync icon, screen, center details. */
import { CENTER } from '../core/center.js';
import { t } from '../i18n/index.js';
import { AppHeader } from '../ui/AppHeader.js';
import { SyncStatus } from '../ui/SyncStatus.js';
import { useAutoUpdate } from './useAutoUpdate.js';
import { Welcome } from './Welcome.js';

export default function KioskApp() {
  useAutoUpdate();
  return (
    <div class="frame frame--kiosk">
      <AppHeader title={t.value('kiosk.title')} status={<SyncStatus compact />} />
      <main id="main" class="frame__main" tabIndex={-1}>
        <Welcome />
      </main>
      <footer class="frame__footer">
        <span>{CENTER.address}</span>
        <span>{CENTER.phone}</span>
        <span>{t.value('kiosk.hoursLabel')}</span>
      </footer>
    </div>
  );
}
