/** What the console's main area shows for the path and the session: setup, sign-in or a section. */

import { PRINT_CARDS_PATH } from '../cards/print-queue.js';
import { t } from '../i18n/index.js';
import { CloudOffIcon, RefreshIcon } from '../ui/icons.js';
import { AccountsPage } from './accounts/AccountsPage.js';
import { ActivityPage } from './activity/ActivityPage.js';
import { PrintCardsPage } from './cards/PrintCardsPage.js';
import { CatalogSection } from './catalog/CatalogSection.js';
import { DevicesPage } from './devices/DevicesPage.js';
import { InventorySection } from './inventory/InventorySection.js';
import { ParticipantsSection } from './participants/ParticipantsSection.js';
import { QueuePage } from './queue/QueuePage.js';
import { ReportsPage } from './reports/ReportsPage.js';
import { Setup } from './Setup.js';
import { SignIn } from './SignIn.js';
import { sectionForPath } from './sections.js';
import { loadSession, type SessionState } from './session.js';
import { SitesPage } from './sites/SitesPage.js';
import { Today } from './Today.js';
import { TalkPage } from './talk/TalkPage.js';

export function StaffContent({ path, state }: { path: string; state: SessionState }) {
  if (path === '/staff/setup') return <Setup />;
  if (state.status === 'loading') return <p class="loading">{t.value('staff.loading')}</p>;
  if (state.status === 'signedOut') return <SignIn />;
  if (state.status === 'offline') return <OfflineNotice />;

  // The card sheet is a page of its own (reached from participants), without a nav entry.
  if (path === PRINT_CARDS_PATH) return <PrintCardsPage />;
  const section = sectionForPath(path);
  if (!section) {
    return (
      <>
        <h1>{t.value('notFound.title')}</h1>
        <a href="/staff">{t.value('staff.backToToday')}</a>
      </>
    );
  }
  const { staff } = state.session;
  if (section.adminOnly && staff.role !== 'admin') {
    return (
      <>
        <h1>{t.value(section.label)}</h1>
        <p>{t.value('staff.adminsOnly')}</p>
      </>
    );
  }
  switch (section.id) {
    case 'today':
      return <Today />;
    case 'queue':
      return <QueuePage />;
    case 'talk':
      return <TalkPage />;
    case 'inventory':
      return <InventorySection path={path} />;
    case 'participants':
      return <ParticipantsSection path={path} />;
    case 'catalog':
      return <CatalogSection path={path} />;
    case 'sites':
      return <SitesPage />;
    case 'devices':
      return <DevicesPage />;
    case 'accounts':
      return <AccountsPage self={staff} />;
    case 'activity':
      return <ActivityPage />;
    case 'reports':
      return <ReportsPage isAdmin={staff.role === 'admin'} />;
  }
}

function OfflineNotice() {
  return (
    <section class="panel panel--narrow" aria-labelledby="staff-offline-title">
      <h1 id="staff-offline-title">
        <CloudOffIcon />
        {t.value('staff.offline.title')}
      </h1>
      <p>{t.value('staff.offline.lead')}</p>
      <button type="button" class="button button--primary" onClick={() => void loadSession()}>
        <RefreshIcon />
        {t.value('staff.offline.retry')}
      </button>
    </section>
  );
}
