/** "Add staff member": name, sign-in name, role, and a first PIN or password checked as typed. */
import { useState } from 'preact/hooks';
import type { StaffAccount, StaffRole } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { createStaff } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
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
  const form = useActionForm({
    validate: () =>
      accountNamesReady(displayName, loginName) && secretReady(secret, false)
        ? { displayName: cleanDisplayName(displayName), loginName, role, secret: secret.secret }
        : refuse(),
    act: createStaff,
    describe: describeFailure,
    done: (account: StaffAccount) => {
      setDisplayName('');
      setLoginName('');
      setRole('staff');
      setSecret(EMPTY_SECRET);
      form.reset();
      onCreated(account);
    },
  });

  return (
    <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
      <AccountNameFields
        displayName={displayName}
        loginName={loginName}
        onDisplayName={setDisplayName}
        onLoginName={setLoginName}
        tried={form.tried}
        whose="other"
      />
      <ChoiceGroup
        legend={t.value('accounts.col.role')}
        options={ROLES.map((option) => ({ value: option, label: t.value(ROLE_LABEL[option]) }))}
        value={role}
        onValue={setRole}
      />
      <SecretFields label={t.value('account.secret')} value={secret} onValue={setSecret} showProblems={form.tried} />
      <Alert message={form.error} />
      <button type="submit" class="button button--primary" disabled={form.busy}>
        <UserPlusIcon />
        {t.value('accounts.add.submit')}
      </button>
    </form>
  );
}
