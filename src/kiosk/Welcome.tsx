/** The kiosk's welcome screen. The three ways in (card, name, visitor) arrive with check-in. */
import { t } from '../i18n/index.js';

export function Welcome() {
  return (
    <section class="kiosk-welcome" aria-labelledby="kiosk-welcome-title">
      <h1 id="kiosk-welcome-title">{t.value('kiosk.welcome')}</h1>
      <p class="kiosk-welcome__lead">{t.value('kiosk.welcomeLead')}</p>
    </section>
  );
}
