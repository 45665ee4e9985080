/** "/": choose what this device is. Kiosk tablets and staff laptops bookmark their own route. */
import { SyncStatus } from './connected/SyncStatus.js';
import { LANGUAGES, t } from './i18n/index.js';
import { AppHeader } from './ui/AppHeader.js';
import { ClipboardIcon, TabletIcon } from './ui/icons.js';
import './Landing.css';

export function Landing() {
  return (
    <div class="frame">
      <AppHeader title="" languages={LANGUAGES} status={<SyncStatus />} />
      <main id="main" class="frame__main landing">
        <h1>{t.value('landing.title')}</h1>
        <ul class="landing__choices">
          <li>
            <a class="choice" href="/kiosk">
              <TabletIcon size={48} />
              <span class="choice__label">{t.value('landing.kiosk')}</span>
              <span class="choice__hint">{t.value('landing.kioskHint')}</span>
            </a>
          </li>
          <li>
            <a class="choice" href="/staff">
              <ClipboardIcon size={48} />
              <span class="choice__label">{t.value('landing.staff')}</span>
              <span class="choice__hint">{t.value('landing.staffHint')}</span>
            </a>
          </li>
        </ul>
      </main>
    </div>
  );
}

export function NotFound() {
  return (
    <main id="main" class="frame__main">
      <h1>{t.value('notFound.title')}</h1>
      <a href="/">{t.value('notFound.back')}</a>
    </main>
  );
}
