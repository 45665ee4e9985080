/**
 * The lobby tablet's frame: header with Read aloud, language and a quiet sync icon, screen, opening
 * hours. Where the center is and how to call it are on the welcome itself, in view without scrolling.
 */
import './kiosk.css';
import { useEffect } from 'preact/hooks';
import { SyncStatus } from '../connected/SyncStatus.js';
import { currentLanguage, LANGUAGES, t } from '../i18n/index.js';
import { AppHeader } from '../ui/AppHeader.js';
import { afterFirstPaint } from '../ui/after-paint.js';
import { LockIcon } from '../ui/icons.js';
import { lazyModule } from '../ui/lazy-module.js';
import { formatHours } from '../ui/opening-hours.js';
import { resetKiosk } from './flow.js';
import { KioskFlow } from './KioskFlow.js';
import { ReadAloudButton } from './ReadAloudButton.js';
import { kioskScreen } from './screen.js';
import { useAutoUpdate } from './useAutoUpdate.js';
import { useDeviceWatch } from './useDeviceWatch.js';
import { useKioskData } from './useKioskData.js';

/** Pairing (with the device API and its schemas) loads only on a tablet that is not set up. */
const pairing = lazyModule(() => import('./PairingScreen.js'));

/**
 * Starts the background sync (op store, sync client, op schemas: their own chunk) once the
 * welcome is painted; `startSync` is idempotent.
 */
function startSyncSoon(): void {
  afterFirstPaint(() => {
    void import('../sync/app-sync.js').then((sync) => sync.startSync()).catch(() => undefined);
  });
}

export default function KioskApp() {
  useAutoUpdate();
  useDeviceWatch();
  const screen = kioskScreen.value;
  const data = useKioskData();
  const Pairing = pairing.current.value?.PairingScreen;
  // A paired kiosk syncs in the background from its first welcome screen on (once it is painted); a revoked one
  // forgets whoever was checking in.
  useEffect(() => {
    if (screen === 'welcome') startSyncSoon();
    else resetKiosk();
    if (screen === 'pairing') void pairing.load().catch(() => undefined);
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
        {screen === 'pairing' && Pairing && <Pairing />}
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
