/** The staff console's frame: header, update prompt, section navigation and the current section. */
import type { MessageKey } from '../i18n/en.js';
import { t } from '../i18n/index.js';
import { AppHeader } from '../ui/AppHeader.js';
import { SyncStatus } from '../ui/SyncStatus.js';
import { UpdateBanner } from '../ui/UpdateBanner.js';

/** Sections that exist so far; inventory, participants, cards, reports and admin join as they are built. */
const SECTIONS: readonly MessageKey[] = ['staff.nav.today'];

export default function StaffApp() {
  return (
    <div class="frame frame--staff">
      <a class="skip-link" href="#main">
        {t.value('app.skipToContent')}
      </a>
      <AppHeader title={t.value('staff.title')} status={<SyncStatus />} />
      <UpdateBanner />
      <nav class="staff-nav" aria-label={t.value('staff.nav')}>
        <ul>
          {SECTIONS.map((key) => (
            <li key={key}>
              <a href="/staff" aria-current={key === 'staff.nav.today' ? 'page' : undefined}>
                {t.value(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="frame__main" tabIndex={-1}>
        <h1>{t.value('staff.today.title')}</h1>
        <p>{t.value('staff.comingSoon')}</p>
      </main>
    </div>
  );
}
