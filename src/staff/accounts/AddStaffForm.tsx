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
import { AccountNameFields } from '../fields/AccountNameFields.js';
import { SecretFields } from '../fields/SecretFields.js';
import { useAccountDraft } from '../fields/use-account-draft.js';
import { ROLE_LABEL } from './role-labels.js';

const ROLES: readonly StaffRole[] = ['staff', 'admin'];

export function AddStaffForm({ onCreated }: { onCreated: (account: StaffAccount) => void }) {
  const draft = useAccountDraft({ withConfirm: false });
  const [role, setRole] = useState<StaffRole>('staff');
  const form = useActionForm({
    validate: () => {
      const typed = draft.typed();
      return typed ? { ...typed, role } : refuse();
    },
    act: createStaff,
    describe: describeFailure,
    done: (account: StaffAccount) => {
      draft.clear();
      setRole('staff');
      form.reset();
      onCreated(account);
    },
  });

  return (
    <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
      <AccountNameFields {...draft.names} tried={form.tried} whose="other" />
      <ChoiceGroup
        legend={t.value('accounts.col.role')}
        options={ROLES.map((option) => ({ value: option, label: t.value(ROLE_LABEL[option]) }))}
        value={role}
        onValue={setRole}
      />
      <SecretFields label={t.value('account.secret')} {...draft.secret} showProblems={form.tried} />
      <Alert message={form.error} />
      <button type="submit" class="button button--primary" disabled={form.busy}>
        <UserPlusIcon />
        {t.value('accounts.add.submit')}
      </button>
    </form>
  );
}
