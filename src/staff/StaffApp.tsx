/**
 * The staff console's frame: header with the site being worked on and the signed-in person, update
 * prompt, section navigation and the current section. Nothing but the setup and sign-in forms shows without a session.
 */
import './staff.css';
import './laptop.css';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { SyncStatus } from '../connected/SyncStatus.js';
import { CONSOLE_LANGUAGES, t } from '../i18n/index.js';
import { requestSync, startSync, syncStatus } from '../sync/app-sync.js';
import { loadThisDevice } from '../sync/device.js';
import { thisDevice } from '../sync/device-state.js';
import { onApiFailure } from '../sync/http.js';
import { Alert } from '../ui/Alert.js';
import { AppHeader } from '../ui/AppHeader.js';
import { AccountMenu } from './AccountMenu.js';
import { NotOnDisplay } from './NotOnDisplay.js';
import { StaffContent } from './StaffContent.js';
import { StaffNav } from './StaffNav.js';
import { sectionForPath } from './sections.js';
import { loadSession, sessionEnded, staffSession } from './session.js';
import { SitePicker } from './sites/SitePicker.js';
import { UpdateBanner } from './UpdateBanner.js';
import { useKioskLock } from './useKioskLock.js';

export default function StaffApp() {
  const { path } = useLocation();
  useEffect(() => {
    void loadThisDevice();
    void loadSession();
    // Any request answered "not signed in" means the session ended (expired, or disabled).
    const stopListening = onApiFailure((failure) => {
      if (failure.error === 'unauthorized') sessionEnded();
    });
    // Back online: let the server confirm (or end) a session that was only remembered.
    const recheck = () => {
      const current = staffSession.peek();
      if (current.status === 'offline' || (current.status === 'signedIn' && current.offline)) void loadSession();
    };
    window.addEventListener('online', recheck);
    return () => {
      stopListening();
      window.removeEventListener('online', recheck);
    };
  }, []);
  useKioskLock();

  const state = staffSession.value;
  const signedIn = state.status === 'signedIn' ? state : null;
  const signedInId = signedIn?.session.staff.id;
  // Sync runs once someone is signed in (the server needs a session); a new sign-in syncs at once.
  useEffect(() => {
    if (!signedInId) return;
    void startSync().then(requestSync);
  }, [signedInId]);
  const onSetup = path === '/staff/setup';
  // A lobby display faces the public: the console never opens there (the server refuses it too).
  if (thisDevice.value?.role === 'display') return <NotOnDisplay />;
  return (
    <div class="frame frame--staff">
      <a class="skip-link" href="#main">
        {t.value('app.skipToContent')}
      </a>
      <AppHeader
        title={t.value('staff.title')}
        languages={CONSOLE_LANGUAGES}
        status={<SyncStatus />}
        tools={signedIn && !onSetup && <SitePicker allowed={signedIn.session.staff.sites} />}
        account={signedIn && <AccountMenu session={signedIn.session} />}
      />
      <UpdateBanner />
      {signedIn && !onSetup && <StaffNav role={signedIn.session.staff.role} current={sectionForPath(path)?.id} />}
      {syncStatus.value.storageFull && <Alert message={t.value('sync.storageFull')} />}
      {signedIn?.offline && (
        <p class="offline-banner" role="status">
          {t.value('staff.offlineSession')}
        </p>
      )}
      <main id="main" class="frame__main" tabIndex={-1}>
        <StaffContent path={path} state={state} />
      </main>
    </div>
  );
}
