/** "Add staff member": name, sign-in name, role, and a first PIN or password checked as typed. */
import { useState } from 'preact/hooks';
import { LoginName, type StaffAccount, type StaffRole } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { createStaff } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { UserPlusIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
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

  const loginValid = LoginName.safeParse(loginName).success;
  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (busy || !displayName.trim() || !loginValid || !secretReady(secret, false)) return;
    setBusy(true);
    setError(null);
    const result = await createStaff({ displayName: displayName.trim(), loginName, role, secret: secret.secret });
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
      <TextField
        label={t.value('account.displayName')}
        hint={t.value('account.displayNameHint')}
        value={displayName}
        onValue={setDisplayName}
        problem={tried && !displayName.trim() ? t.value('account.displayNameMissing') : null}
        autoComplete="off"
        required
      />
      <TextField
        label={t.value('account.loginName')}
        hint={t.value('account.loginNameHint')}
        value={loginName}
        onValue={setLoginName}
        problem={(loginName || tried) && !loginValid ? t.value('account.loginNameRule') : null}
        autoComplete="off"
        required
        inputProps={{ autoCapitalize: 'none', spellcheck: false }}
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
