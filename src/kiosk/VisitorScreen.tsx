/** A community visitor checks in with a first name if they want to give one. */
import { useId, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { BackButton, StartOverButton } from './KioskButtons.js';

export function VisitorScreen({
  typed = '',
  onBack,
  onContinue,
}: {
  typed?: string | undefined;
  onBack(): void;
  onContinue(name: string): void;
}) {
  const inputId = useId();
  const [name, setName] = useState(typed);
  const [busy, setBusy] = useState(false);
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-visitor-title">
      <h1 id="kiosk-visitor-title" tabIndex={-1}>
        {t.value('kiosk.visitor.title')}
      </h1>
      <form
        class="kiosk-search"
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          onContinue(name);
        }}
      >
        <label for={inputId}>{t.value('kiosk.visitor.nameLabel')}</label>
        <p id={`${inputId}-hint`} class="kiosk-hint">
          {t.value('kiosk.visitor.nameHint')}
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
          enterKeyHint="go"
          aria-describedby={`${inputId}-hint`}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <div class="kiosk-actions">
          <BackButton onClick={onBack} />
          <StartOverButton />
          <button type="submit" class="button button--large button--primary" disabled={busy}>
            {t.value('kiosk.visitor.continue')}
          </button>
        </div>
      </form>
    </section>
  );
}
