/**
 * One staff account: name, sign-in name, role, sites (when the program has more than one), status,
 * and what an admin can do to it (change role, disable or enable, reset the PIN or password,
 * choose its sites). The server's 409s are said kindly here.
 */
import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import type { ApiResult } from '../../sync/http.js';
import { disableStaff, enableStaff, updateStaff } from '../../sync/staff-api.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { useAction } from '../../ui/form/use-action.js';
import { BanIcon, CheckIcon, KeyIcon, MapPinIcon, ShieldIcon } from '../../ui/icons.js';
import { siteNameOf } from '../sites/site-names.js';
import { AccountSitesForm } from './AccountSitesForm.js';
import { ResetSecretForm } from './ResetSecretForm.js';
import { ROLE_LABEL } from './role-labels.js';

type Ask = () => Promise<ApiResult<StaffAccount>>;

export function StaffRow({
  account,
  sites,
  isSelf,
  onChanged,
}: {
  account: StaffAccount;
  /** The program's sites; with one site there is nothing to choose and no column for it. */
  sites: readonly Site[];
  isSelf: boolean;
  onChanged: (account: StaffAccount) => void;
}) {
  const [resetting, setResetting] = useState(false);
  const [choosingSites, setChoosingSites] = useState(false);
  const bySite = sites.length > 1;
  const columns = bySite ? 6 : 5;
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
        {bySite && (
          <td>
            {account.sites.length === 0
              ? t.value('accounts.sites.all')
              : account.sites.map((siteId) => siteNameOf(sites, siteId)).join(', ')}
          </td>
        )}
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
            {bySite && (
              <button
                type="button"
                class="button"
                aria-expanded={choosingSites}
                onClick={() => {
                  setNotice(null);
                  setChoosingSites(!choosingSites);
                }}
              >
                <MapPinIcon />
                {t.value('accounts.sites.choose')}
                {who}
              </button>
            )}
          </div>
          <Alert message={change.error} />
          <Notice message={notice} />
        </td>
      </tr>
      {resetting && (
        <tr class="table__subrow">
          <td colSpan={columns}>
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
      {choosingSites && (
        <tr class="table__subrow">
          <td colSpan={columns}>
            <AccountSitesForm
              account={account}
              sites={sites}
              onCancel={() => setChoosingSites(false)}
              onSaved={(changed) => {
                setChoosingSites(false);
                onChanged(changed);
                setNotice(t.value('accounts.sites.done', { name: changed.displayName }));
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
