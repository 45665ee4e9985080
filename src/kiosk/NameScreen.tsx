/**
 * "Find my name", first step: one big input for the first name (or the name they go by). Nothing
 * is looked up or listed while typing, so the screen never tells whether a name is enrolled.
 */
import { useId, useState } from 'preact/hooks';
import { hasNameToLookUp } from '../core/kiosk/name-search.js';
import { t } from '../i18n/index.js';
import { BackButton, StartOverButton } from './KioskButtons.js';
import './NameScreen.css';

export function NameScreen({
  typed = '',
  onBack,
  onContinue,
}: {
  typed?: string | undefined;
  onBack(): void;
  onContinue(typed: string): void;
}) {
  const inputId = useId();
  const [name, setName] = useState(typed);
  const ready = hasNameToLookUp(name);
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-name-title">
      <h1 id="kiosk-name-title" tabIndex={-1}>
        {t.value('kiosk.name.title')}
      </h1>
      <form
        class="kiosk-search"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onContinue(name.trim());
        }}
      >
        <label for={inputId}>{t.value('kiosk.name.label')}</label>
        <p id={`${inputId}-hint`} class="kiosk-hint">
          {t.value('kiosk.name.hint')}
        </p>
        <input
          id={inputId}
          type="text"
          data-autofocus
          value={name}
          maxLength={60}
          autoComplete="off"
          autoCapitalize="words"
          spellcheck={false}
          enterKeyHint="next"
          aria-describedby={`${inputId}-hint`}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <div class="kiosk-actions">
          <BackButton onClick={onBack} />
          <StartOverButton />
          <button type="submit" class="button button--large button--primary" disabled={!ready}>
            {t.value('kiosk.name.continue')}
          </button>
        </div>
      </form>
    </section>
  );
}
