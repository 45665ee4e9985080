/** "Your list": what the person has chosen so far, with quantities; discreet supplies only as one neutral line. */
import { t } from '../i18n/index.js';

export function NeedsList({ lines }: { lines: readonly string[] }) {
  return (
    <section class="kiosk-needs__list" aria-labelledby="kiosk-list-title">
      <h2 id="kiosk-list-title">{t.value('kiosk.needs.list')}</h2>
      <div aria-live="polite">
        {lines.length > 0 ? (
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p class="kiosk-hint">{t.value('kiosk.needs.listEmpty')}</p>
        )}
      </div>
    </section>
  );
}
