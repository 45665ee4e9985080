/**
 * The lobby tablet's frame: header with Read aloud, language and a quiet sync icon, screen, opening
 * hours. Where the center is and how to call it are on the welcome itself, in view without scrolling.
 */
import './kiosk.css';
import { useEffect } from 'preact/hooks';
import { SyncStatus } from '../connected/SyncStatus.js';
import { currentLanguage, LANGUAGES, t } from '../i18n/index.js';
import { startSync } from '../sync/app-sync.js';
import { AppHeader } from '../ui/AppHeader.js';
import { LockIcon } from '../ui/icons.js';
import { formatHours } from '../ui/opening-hours.js';
import { resetKiosk } from './flow.js';
import { KioskFlow } from './KioskFlow.js';
import { PairingScreen } from './PairingScreen.js';
import { ReadAloudButton } from './ReadAloudButton.js';
import { kioskScreen } from './screen.js';
import { useAutoUpdate } from './useAutoUpdate.js';
import { useDeviceWatch } from './useDeviceWatch.js';
import { useKioskData } from './useKioskData.js';

export default function KioskApp() {
  useAutoUpdate();
  useDeviceWatch();
  const screen = kioskScreen.value;
  const data = useKioskData();
  // A paired kiosk syncs in the background from its first welcome screen on; a revoked one
  // forgets whoever was checking in.
  useEffect(() => {
    if (screen === 'welcome') void startSync();
    else resetKiosk();
  }, [screen]);
  return (
    <div class="frame frame--kiosk">
      <AppHeader
        title={t.value('kiosk.title')}
        languages={LANGUAGES}
        status={<SyncStatus compact />}
        tools={screen === 'welcome' && data && <ReadAloudButton data={data} />}
      />
      <main id="main" class="frame__main" tabIndex={-1}>
        {screen === 'pairing' && <PairingScreen />}
        {screen === 'welcome' && data && <KioskFlow data={data} />}
      </main>
      <footer class="frame__footer">
        {data && (
          <span>{t.value('kiosk.hoursLabel', { hours: formatHours(data.settings.hours, currentLanguage.value) })}</span>
        )}
        {/* Leads to the staff sign-in; the console never opens on a kiosk without one. */}
        <a class="kiosk-staff-link" href="/staff">
          <LockIcon size={18} />
          {t.value('kiosk.staffLink')}
        </a>
      </footer>
    </div>
  );
}
