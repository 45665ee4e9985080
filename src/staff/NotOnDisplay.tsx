/** What /staff shows in a browser paired as a lobby display: not the console, only the way back. */
import { t } from '../i18n/index.js';
import { MonitorIcon } from '../ui/icons.js';

export function NotOnDisplay() {
  return (
    <main id="main" class="frame__main" tabIndex={-1}>
      <section class="panel panel--narrow" aria-labelledby="not-on-display-title">
        <h1 id="not-on-display-title">
          <MonitorIcon />
          {t.value('display.notConsole')}
        </h1>
        <a class="button button--primary" href="/display">
          {t.value('display.goToDisplay')}
        </a>
      </section>
    </main>
  );
}
