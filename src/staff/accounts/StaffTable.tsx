/** The staff accounts table with proper column and row headers. */
import type { StaffAccount } from '../../core/auth/api.js';
import { DataTable } from '../../ui/DataTable.js';
import { StaffRow } from './StaffRow.js';

const COLUMNS = ['accounts.col.name', 'accounts.col.loginName', 'accounts.col.role', 'accounts.col.status'] as const;

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
    <DataTable caption="accounts.listTitle" columns={COLUMNS}>
      {accounts.map((account) => (
        <StaffRow key={account.id} account={account} isSelf={account.id === selfId} onChanged={onChanged} />
      ))}
    </DataTable>
  );
}
