/** A new PIN or password for someone who forgot theirs; their other sessions end. */
import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { resetStaffSecret } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { KeyIcon } from '../../ui/icons.js';
import { SecretFields, type SecretValue, secretReady } from '../fields/SecretFields.js';

export function ResetSecretForm({
  account,
  onDone,
  onCancel,
}: {
  account: StaffAccount;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [secret, setSecret] = useState<SecretValue>({ secret: '', confirm: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (busy || !secretReady(secret, false)) return;
    setBusy(true);
    setError(null);
    const result = await resetStaffSecret(account.id, secret.secret);
    setBusy(false);
    if (result.ok) onDone();
    else setError(describeFailure(result));
  };

  return (
    <form class="form form--inline" onSubmit={submit} noValidate>
      <SecretFields
        label={t.value('accounts.reset.label', { name: account.displayName })}
        value={secret}
        onValue={setSecret}
        showProblems={tried}
      />
      <Alert message={error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={busy}>
          <KeyIcon />
          {t.value('accounts.reset.submit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.value('common.cancel')}
        </button>
      </div>
    </form>
  );
}
