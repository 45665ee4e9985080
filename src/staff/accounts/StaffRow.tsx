/**
 * One staff account: name, sign-in name, role, status, and what an admin can do to it (change
 * role, disable or enable, reset the PIN or password). The server's 409s are said kindly here.
 */
import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import type { ApiResult } from '../../sync/http.js';
import { disableStaff, enableStaff, updateStaff } from '../../sync/staff-api.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { useAction } from '../../ui/form/use-action.js';
import { BanIcon, CheckIcon, KeyIcon, ShieldIcon } from '../../ui/icons.js';
import { ResetSecretForm } from './ResetSecretForm.js';
import { ROLE_LABEL } from './role-labels.js';

const COLUMNS = 5;

type Ask = () => Promise<ApiResult<StaffAccount>>;

export function StaffRow({
  account,
  isSelf,
  onChanged,
}: {
  account: StaffAccount;
  isSelf: boolean;
  onChanged: (account: StaffAccount) => void;
}) {
  const [resetting, setResetting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Each button asks the server something different; one at a time, with one error line.
  const change = useAction({ act: (ask: Ask) => ask(), describe: describeFailure, done: onChanged });
  const run = (ask: Ask) => {
    setNotice(null);
    void change.run(ask);
  };
  const otherRole = account.role === 'admin' ? 'staff' : 'admin';
  const who = <span class="visually-hidden"> {account.displayName}</span>;

  return (
    <>
      <tr class={account.disabled ? 'is-revoked' : undefined}>
        <th scope="row">
          {account.displayName}
          {isSelf && <span class="tag">{t.value('accounts.you')}</span>}
        </th>
        <td>{account.loginName}</td>
        <td>{t.value(ROLE_LABEL[account.role])}</td>
        <td>
          <span class={`status ${account.disabled ? 'status--off' : 'status--on'}`}>
            {t.value(account.disabled ? 'accounts.status.disabled' : 'accounts.status.active')}
          </span>
        </td>
        <td class="table__actions">
          <div class="button-row">
            <button
              type="button"
              class="button"
              disabled={change.busy}
              onClick={() => run(() => updateStaff(account.id, { role: otherRole }))}
            >
              <ShieldIcon />
              {t.value(otherRole === 'admin' ? 'accounts.makeAdmin' : 'accounts.makeStaff')}
              {who}
            </button>
            {account.disabled ? (
              <button
                type="button"
                class="button"
                disabled={change.busy}
                onClick={() => run(() => enableStaff(account.id))}
              >
                <CheckIcon />
                {t.value('accounts.enable')}
                {who}
              </button>
            ) : (
              !isSelf && (
                <button
                  type="button"
                  class="button button--danger"
                  disabled={change.busy}
                  onClick={() => run(() => disableStaff(account.id))}
                >
                  <BanIcon />
                  {t.value('accounts.disable')}
                  {who}
                </button>
              )
            )}
            <button
              type="button"
              class="button"
              aria-expanded={resetting}
              onClick={() => {
                setNotice(null);
                setResetting(!resetting);
              }}
            >
              <KeyIcon />
              {t.value('accounts.reset')}
              {who}
            </button>
          </div>
          <Alert message={change.error} />
          <Notice message={notice} />
        </td>
      </tr>
      {resetting && (
        <tr class="table__subrow">
          <td colSpan={COLUMNS}>
            <ResetSecretForm
              account={account}
              onCancel={() => setResetting(false)}
              onDone={() => {
                setResetting(false);
                setNotice(t.value('accounts.reset.done', { name: account.displayName }));
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
