/**
 * The language switch for many languages: a header button with the globe and the current language's
 * own name ("Language: English" to a screen reader), opening a modal panel with one large button per
 * language, each in its own script and marked with `lang`, the current one pressed. Choosing one,
 * Escape, the close button or a tap beside the panel closes it, and focus returns to the button.
 */
import { Circle, CircleCheck } from 'lucide-preact';
import { useId, useRef } from 'preact/hooks';
import { currentLanguage, type Language, languageOf, setLanguage, t } from '../i18n/index.js';
import { CloseIcon, LanguageIcon } from './action-icons.js';

export function LanguageMenu({ languages }: { languages: readonly Language[] }) {
  const panel = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const code = currentLanguage.value;
  const current = languageOf(code) ?? languages[0];

  const open = () => {
    const dialog = panel.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // Start on the current language: Tab and the arrows of a switch-access device go on from there.
    dialog.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  };
  const close = () => panel.current?.close();
  const choose = (language: Language) => {
    close();
    void setLanguage(language.code);
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        class="language-menu__open"
        aria-haspopup="dialog"
        aria-label={current && t.value('language.current', { language: current.name })}
        onClick={open}
      >
        <LanguageIcon size={24} />
        <span lang={current?.code}>{current?.name}</span>
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a tap beside the panel; the keyboard's way out is Escape. */}
      <dialog
        ref={panel}
        class="language-menu"
        aria-labelledby={titleId}
        // Escape closes a modal dialog by itself; every way out gives focus back to the header button.
        onClose={() => opener.current?.focus()}
        onClick={(event) => {
          // The dialog element itself is only hit beside the panel (its backdrop): the panel fills it.
          if (event.target === event.currentTarget) close();
        }}
      >
        <div class="language-menu__panel">
          <div class="language-menu__top">
            <h2 id={titleId}>{t.value('language.label')}</h2>
            <button type="button" class="language-menu__close" onClick={close}>
              <CloseIcon size={24} />
              {t.value('language.close')}
            </button>
          </div>
          <ul class="language-menu__choices">
            {languages.map((language) => {
              const chosen = language.code === code;
              return (
                <li key={language.code}>
                  <button type="button" lang={language.code} aria-pressed={chosen} onClick={() => choose(language)}>
                    {chosen ? <CircleCheck size={28} /> : <Circle size={28} />}
                    {language.name}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </dialog>
    </>
  );
}
