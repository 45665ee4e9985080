/**
 * "Is this you?": shown only after a name and a birthday matched one person, and then only as a
 * first name and last initial. "No" ends here, kindly, like any other miss.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import './ConfirmScreen.css';

export function ConfirmScreen(props: { label: string; onYes(): void; onNo(): void; onBack(): void }) {
  const [busy, setBusy] = useState(false);
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-confirm-title">
      <h1 id="kiosk-confirm-title" tabIndex={-1}>
        {t.value('kiosk.confirm.title')}
      </h1>
      <p class="kiosk-found-name">{props.label}</p>
      <div class="kiosk-actions">
        <button
          type="button"
          class="button button--large button--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            props.onYes();
          }}
        >
          {t.value('kiosk.confirm.yes')}
        </button>
        <button type="button" class="button button--large" disabled={busy} onClick={props.onNo}>
          {t.value('kiosk.confirm.no')}
        </button>
        <BackButton onClick={props.onBack} />
        <StartOverButton />
      </div>
    </section>
  );
}
