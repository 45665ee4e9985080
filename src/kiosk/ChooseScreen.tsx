/**
 * "Which one is you?": people who share the typed name and the birthday, told apart by their last
 * initial. A label that several of them share leads to staff: the kiosk never guesses.
 */
import { useState } from 'preact/hooks';
import type { DirectoryEntry } from '../core/fold/directory.js';
import type { NameChoice } from '../core/kiosk/name-search.js';
import { t } from '../i18n/index.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import './ChooseScreen.css';

export function ChooseScreen(props: {
  choices: readonly NameChoice<DirectoryEntry>[];
  onPick(choice: NameChoice<DirectoryEntry>): void;
  onNone(): void;
  onBack(): void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-choose-title">
      <h1 id="kiosk-choose-title" tabIndex={-1}>
        {t.value('kiosk.choose.title')}
      </h1>
      <p class="kiosk-lead">{t.value('kiosk.choose.lead')}</p>
      <ul class="kiosk-names">
        {props.choices.map((choice) => (
          <li key={choice.label}>
            <button
              type="button"
              class="kiosk-name"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                props.onPick(choice);
              }}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <div class="kiosk-actions">
        <button type="button" class="button button--large" disabled={busy} onClick={props.onNone}>
          {t.value('kiosk.choose.none')}
        </button>
        <BackButton onClick={props.onBack} />
        <StartOverButton />
      </div>
    </section>
  );
}
