/** The staff accounts table with proper column and row headers. */
import type { StaffAccount } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { StaffRow } from './StaffRow.js';

export function StaffTable({
  accounts,
  selfId,
  onChanged,
}: {
  accounts: StaffAccount[];
  selfId: string;
  onChanged: (account: StaffAccount) => void;
}) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{t.value('accounts.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value('accounts.col.name')}</th>
            <th scope="col">{t.value('accounts.col.loginName')}</th>
            <th scope="col">{t.value('accounts.col.role')}</th>
            <th scope="col">{t.value('accounts.col.status')}</th>
            <th scope="col">
              <span class="visually-hidden">{t.value('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <StaffRow key={account.id} account={account} isSelf={account.id === selfId} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
