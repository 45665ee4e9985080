/** "Add staff member": name, sign-in name, role, and a first PIN or password checked as typed. */
import { useState } from 'preact/hooks';
import type { StaffAccount, StaffRole } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { createStaff } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { UserPlusIcon } from '../../ui/icons.js';
import { AccountNameFields, accountNamesReady, cleanDisplayName } from '../fields/AccountNameFields.js';
import { SecretFields, type SecretValue, secretReady } from '../fields/SecretFields.js';
import { ROLE_LABEL } from './role-labels.js';

const ROLES: readonly StaffRole[] = ['staff', 'admin'];
const EMPTY_SECRET: SecretValue = { secret: '', confirm: '' };

export function AddStaffForm({ onCreated }: { onCreated: (account: StaffAccount) => void }) {
  const [displayName, setDisplayName] = useState('');
  const [loginName, setLoginName] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [secret, setSecret] = useState<SecretValue>(EMPTY_SECRET);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (busy || !accountNamesReady(displayName, loginName) || !secretReady(secret, false)) return;
    setBusy(true);
    setError(null);
    const result = await createStaff({
      displayName: cleanDisplayName(displayName),
      loginName,
      role,
      secret: secret.secret,
    });
    setBusy(false);
    if (!result.ok) return setError(describeFailure(result));
    setDisplayName('');
    setLoginName('');
    setRole('staff');
    setSecret(EMPTY_SECRET);
    setTried(false);
    onCreated(result.value);
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <AccountNameFields
        displayName={displayName}
        loginName={loginName}
        onDisplayName={setDisplayName}
        onLoginName={setLoginName}
        tried={tried}
        whose="other"
      />
      <fieldset class="choice-group">
        <legend>{t.value('accounts.col.role')}</legend>
        {ROLES.map((option) => (
          <label key={option} class="choice-group__option">
            <input
              type="radio"
              name="new-staff-role"
              value={option}
              checked={role === option}
              onChange={() => setRole(option)}
            />
            {t.value(ROLE_LABEL[option])}
          </label>
        ))}
      </fieldset>
      <SecretFields label={t.value('account.secret')} value={secret} onValue={setSecret} showProblems={tried} />
      <Alert message={error} />
      <button type="submit" class="button button--primary" disabled={busy}>
        <UserPlusIcon />
        {t.value('accounts.add.submit')}
      </button>
    </form>
  );
}
