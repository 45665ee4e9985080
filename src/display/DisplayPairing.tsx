/**
 * "This display is not set up yet", with the pairing code field. A code can arrive in the address
 * (#pair=XXXX-XXXX, from the QR on the staff screen). A kiosk or staff code goes where it belongs.
 */
import { useLocation } from 'preact-iso';
import { PairingCodeForm } from '../connected/PairingCodeForm.js';
import { t } from '../i18n/index.js';
import type { DeviceIdentity } from '../store/device-identity.js';
import { thisDevice } from '../sync/device-state.js';
import { MonitorIcon } from '../ui/icons.js';
import { pairingCodeFromHash } from '../ui/pairing-link.js';

export function DisplayPairing() {
  const { route } = useLocation();
  const again = thisDevice.value?.role === 'display' && thisDevice.value.revoked;
  const onPaired = (identity: DeviceIdentity) => {
    if (identity.role === 'staff') route('/staff');
    else if (identity.role === 'kiosk') route('/kiosk');
    else if (window.location.hash) route('/display', true);
  };
  return (
    <section class="display-pairing" aria-labelledby="display-pairing-title">
      <MonitorIcon size={64} />
      <h1 id="display-pairing-title">{t.value(again ? 'display.pairing.againTitle' : 'display.pairing.title')}</h1>
      <p class="display-pairing__lead">{t.value(again ? 'display.pairing.againLead' : 'display.pairing.lead')}</p>
      <PairingCodeForm
        large
        initialCode={pairingCodeFromHash(window.location.hash)}
        submitLabel={t.value('display.pairing.submit')}
        onPaired={onPaired}
      />
    </section>
  );
}
