/** Staff accounts (admins): everyone who can sign in (and the sites each may act for), and a form to add someone. */
import { useEffect, useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { listStaff } from '../../sync/staff-api.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { loadSession } from '../session.js';
import { listSites } from '../sites/site-queries.js';
import { sameSites } from '../sites/site-scope.js';
import { useViews } from '../use-views.js';
import { AddStaffForm } from './AddStaffForm.js';
import { StaffTable } from './StaffTable.js';

export function AccountsPage({ self }: { self: StaffAccount }) {
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const loadedSites = useViews(listSites, 'sites');
  const sites = loadedSites.status === 'ready' ? loadedSites.value : [];

  useEffect(() => {
    void listStaff().then((result) => {
      if (result.ok) setAccounts(result.value.staff);
      else setError(describeFailure(result));
    });
  }, []);

  const replace = (changed: StaffAccount) => {
    setAccounts((list) => list?.map((account) => (account.id === changed.id ? changed : account)) ?? null);
    // Changing one's own role or sites changes what the console may show.
    if (changed.id === self.id && (changed.role !== self.role || !sameSites(changed.sites, self.sites))) {
      void loadSession();
    }
  };

  return (
    <>
      <h1>{t.value('accounts.title')}</h1>
      <section class="panel" aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">{t.value('accounts.listTitle')}</h2>
        <Alert message={error} />
        {accounts && <StaffTable accounts={accounts} sites={sites} selfId={self.id} onChanged={replace} />}
      </section>
      <section class="panel" aria-labelledby="add-staff-title">
        <h2 id="add-staff-title">{t.value('accounts.add.title')}</h2>
        <AddStaffForm
          onCreated={(account) => {
            setAccounts((list) => [...(list ?? []), account]);
            setAdded(t.value('accounts.add.done', { name: account.displayName }));
          }}
        />
        <Notice message={added} />
      </section>
    </>
  );
}
