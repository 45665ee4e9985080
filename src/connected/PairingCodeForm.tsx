/**
 * The "Pairing code" field and its button, used by the kiosk's setup screen and by a staff
 * laptop pairing itself. A wrong, expired or mistyped code gets a kind message.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import type { DeviceIdentity } from '../store/device-identity.js';
import { pairThisDevice } from '../sync/device.js';
import { Alert } from '../ui/Alert.js';
import { describeFailure } from '../ui/describe-failure.js';
import { useActionForm } from '../ui/form/use-action-form.js';
import { LinkIcon } from '../ui/icons.js';
import { TextField } from '../ui/TextField.js';
import './PairingCodeForm.css';

export interface PairingCodeFormProps {
  submitLabel: string;
  initialCode?: string;
  large?: boolean;
  onPaired: (identity: DeviceIdentity) => void;
}

export function PairingCodeForm({ submitLabel, initialCode = '', large = false, onPaired }: PairingCodeFormProps) {
  const [code, setCode] = useState(initialCode);
  const pair = useActionForm({ act: () => pairThisDevice(code), describe: describeFailure, done: onPaired });

  return (
    <form class={`pairing-form${large ? ' pairing-form--large' : ''}`} onSubmit={pair.submit} noValidate>
      <TextField
        label={t.value('pairing.codeLabel')}
        hint={t.value('pairing.codeHint')}
        value={code}
        onValue={setCode}
        large={large}
        required
        autoComplete="off"
        inputProps={{
          class: 'pairing-form__input',
          autoCapitalize: 'characters',
          spellcheck: false,
          maxLength: 12,
        }}
      />
      <Alert message={pair.error} />
      <button type="submit" class="button button--primary button--large" disabled={pair.busy}>
        <LinkIcon />
        {pair.busy ? t.value('pairing.working') : submitLabel}
      </button>
    </form>
  );
}
