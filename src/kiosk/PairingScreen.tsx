/**
 * "This tablet is not set up yet" (or "needs to be set up again" after a revoke), with the code
 * field. A code can arrive in the address (#pair=XXXX-XXXX, from the QR on the staff screen).
 */
import { useLocation } from 'preact-iso';
import { PairingCodeForm } from '../connected/PairingCodeForm.js';
import { t } from '../i18n/index.js';
import type { DeviceIdentity } from '../store/device-identity.js';
import { thisDevice } from '../sync/device-state.js';
import { TabletIcon } from '../ui/icons.js';
import { pairingCodeFromHash } from '../ui/pairing-link.js';
import './PairingScreen.css';

export function PairingScreen() {
  const { route } = useLocation();
  const again = thisDevice.value?.revoked === true;
  const onPaired = (identity: DeviceIdentity) => {
    // A code made for a staff laptop opens the console; a kiosk code shows the welcome screen.
    if (identity.role === 'staff') route('/staff');
    else if (identity.role === 'display') route('/display');
    else if (window.location.hash) route('/kiosk', true);
  };
  return (
    <section class="kiosk-pairing" aria-labelledby="kiosk-pairing-title">
      <TabletIcon size={64} />
      <h1 id="kiosk-pairing-title">{t.value(again ? 'kiosk.pairing.againTitle' : 'kiosk.pairing.title')}</h1>
      <p class="kiosk-pairing__lead">{t.value(again ? 'kiosk.pairing.againLead' : 'kiosk.pairing.lead')}</p>
      <PairingCodeForm
        large
        initialCode={pairingCodeFromHash(window.location.hash)}
        submitLabel={t.value('kiosk.pairing.submit')}
        onPaired={onPaired}
      />
    </section>
  );
}
