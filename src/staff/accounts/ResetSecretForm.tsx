/** A new PIN or password for someone who forgot theirs; their other sessions end. */
import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { resetStaffSecret } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
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
  const form = useActionForm({
    validate: () => (secretReady(secret, false) ? secret.secret : refuse()),
    act: (newSecret: string) => resetStaffSecret(account.id, newSecret),
    describe: describeFailure,
    done: onDone,
  });

  return (
    <form ref={form.form} class="form form--inline" onSubmit={form.submit} noValidate>
      <SecretFields
        label={t.value('accounts.reset.label', { name: account.displayName })}
        value={secret}
        onValue={setSecret}
        showProblems={form.tried}
      />
      <Alert message={form.error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={form.busy}>
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
