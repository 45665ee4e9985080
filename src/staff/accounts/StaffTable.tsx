/** The staff accounts table with proper column and row headers (a Sites column when there is more than one site). */
import type { StaffAccount } from '../../core/auth/api.js';
import type { Site } from '../../core/sites/sites.js';
import { DataTable } from '../../ui/DataTable.js';
import { StaffRow } from './StaffRow.js';

const COLUMNS = ['accounts.col.name', 'accounts.col.loginName', 'accounts.col.role', 'accounts.col.status'] as const;
const COLUMNS_BY_SITE = [
  'accounts.col.name',
  'accounts.col.loginName',
  'accounts.col.role',
  'accounts.col.sites',
  'accounts.col.status',
] as const;

export function StaffTable({
  accounts,
  sites,
  selfId,
  onChanged,
}: {
  accounts: StaffAccount[];
  sites: readonly Site[];
  selfId: string;
  onChanged: (account: StaffAccount) => void;
}) {
  return (
    <DataTable caption="accounts.listTitle" columns={sites.length > 1 ? COLUMNS_BY_SITE : COLUMNS}>
      {accounts.map((account) => (
        <StaffRow
          key={account.id}
          account={account}
          sites={sites}
          isSelf={account.id === selfId}
          onChanged={onChanged}
        />
      ))}
    </DataTable>
  );
}
