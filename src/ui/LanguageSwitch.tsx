/**
 * The header's language switch, for the languages a screen offers. Up to three (the staff console's
 * English and Español): a pill for each, named in its own language, the current one pressed. More
 * (the kiosk, the lobby display, the start page): one button with the globe and the current
 * language's own name, opening a panel with a large button for each language in its own script.
 * A screen shown in a language it does not offer (the staff console after the kiosk spoke Korean)
 * switches to English for now, leaving the device's own choice as it was.
 */
import { useLayoutEffect } from 'preact/hooks';
import { currentLanguage, type Language, PSEUDO_LANGUAGE, setLanguage, t } from '../i18n/index.js';
import { LanguageIcon } from './action-icons.js';
import { LanguageMenu } from './LanguageMenu.js';
import './LanguageSwitch.css';

/** More languages than this and they move into a panel: the header has room for few pills. */
const MOST_PILLS = 3;

export function LanguageSwitch({ languages }: { languages: readonly Language[] }) {
  const code = currentLanguage.value;
  const offered = code === PSEUDO_LANGUAGE.code || languages.some((language) => language.code === code);
  // Before the first paint, so the screen never shows a moment of a language it cannot finish.
  useLayoutEffect(() => {
    if (!offered) void setLanguage('en', { remember: false });
  }, [offered]);
  if (languages.length > MOST_PILLS) return <LanguageMenu languages={languages} />;
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t.value('language.label')}</legend>
      {languages.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          aria-pressed={code === language.code}
          onClick={() => setLanguage(language.code)}
        >
          <LanguageIcon size={20} />
          {language.name}
        </button>
      ))}
    </fieldset>
  );
}
