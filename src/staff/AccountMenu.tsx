/** The signed-in person's name in the header and the "Sign out" button. */
import { useLocation } from 'preact-iso';
import type { Session } from '../core/auth/api.js';
import { t } from '../i18n/index.js';
import { isKioskDevice, thisDevice } from '../sync/device-state.js';
import { SignOutIcon } from '../ui/icons.js';
import { endSession } from './session.js';
import './AccountMenu.css';

export function AccountMenu({ session }: { session: Session }) {
  const { route } = useLocation();
  const signOut = async () => {
    const kiosk = isKioskDevice(thisDevice.value);
    await endSession();
    // A kiosk tablet goes straight back to check-in; elsewhere the sign-in form shows.
    if (kiosk) route('/kiosk');
  };
  return (
    <div class="account-menu">
      <span class="account-menu__name">
        <span class="visually-hidden">{t.value('account.signedInAs')} </span>
        {session.staff.displayName}
      </span>
      <button type="button" class="button button--on-dark" onClick={signOut}>
        <SignOutIcon />
        {t.value('account.signOut')}
      </button>
    </div>
  );
}
