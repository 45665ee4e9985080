/** "Pair a device": a name and a kind make a single-use code, valid for 10 minutes. */
import { useState } from 'preact/hooks';
import type { DeviceRole, PairingCode } from '../../core/auth/api.js';
import { cleanLine } from '../../core/text.js';
import { t } from '../../i18n/index.js';
import { createPairingCode } from '../../sync/devices-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { LaptopIcon, LinkIcon, TabletIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { DEVICE_KIND } from './device-labels.js';

const KINDS: readonly DeviceRole[] = ['kiosk', 'staff'];

export function PairDeviceForm({ onCreated }: { onCreated: (pairing: PairingCode) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    // Cleaned as the server wants it: a pasted tab or line break becomes a space.
    const deviceName = cleanLine(name);
    if (busy || !deviceName) return;
    setBusy(true);
    setError(null);
    const result = await createPairingCode(deviceName, role);
    setBusy(false);
    if (!result.ok) return setError(describeFailure(result));
    setName('');
    setTried(false);
    onCreated(result.value);
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <TextField
        label={t.value('devices.pair.name')}
        hint={t.value('devices.pair.nameHint')}
        value={name}
        onValue={setName}
        problem={tried && !cleanLine(name) ? t.value('devices.pair.nameMissing') : null}
        required
        autoComplete="off"
      />
      <fieldset class="choice-group">
        <legend>{t.value('devices.pair.kind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="choice-group__option">
            <input
              type="radio"
              name="device-kind"
              value={kind}
              checked={role === kind}
              onChange={() => setRole(kind)}
            />
            {kind === 'kiosk' ? <TabletIcon /> : <LaptopIcon />}
            {t.value(DEVICE_KIND[kind])}
          </label>
        ))}
      </fieldset>
      <Alert message={error} />
      <button type="submit" class="button button--primary" disabled={busy}>
        <LinkIcon />
        {t.value('devices.pair.submit')}
      </button>
    </form>
  );
}
