/**
 * This browser's own pairing: its name and kind, or a code field to pair it (a staff laptop
 * paired this way keeps working when the network is down), or a note that it was revoked.
 */

import { PairingCodeForm } from '../../connected/PairingCodeForm.js';
import { t } from '../../i18n/index.js';
import { thisDevice } from '../../sync/device-state.js';
import { DEVICE_KIND } from './device-labels.js';

export function ThisDevicePanel({ onPaired }: { onPaired: () => void }) {
  const identity = thisDevice.value;
  if (identity === undefined) return null;
  const paired = identity !== null && !identity.revoked;
  return (
    <section class="panel" aria-labelledby="this-device-title">
      <h2 id="this-device-title">{t.value('devices.this.title')}</h2>
      {paired ? (
        <p>{t.value('devices.this.paired', { name: identity.name, kind: t.value(DEVICE_KIND[identity.role]) })}</p>
      ) : (
        <>
          <p>{t.value(identity?.revoked ? 'devices.this.revoked' : 'devices.this.notPaired')}</p>
          <PairingCodeForm submitLabel={t.value('devices.this.submit')} onPaired={onPaired} />
        </>
      )}
    </section>
  );
}
