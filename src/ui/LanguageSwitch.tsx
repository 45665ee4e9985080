/** Buttons for every language, each named in its own language, the current one marked pressed. */
import { currentLanguage, LANGUAGES, setLanguage, t } from '../i18n/index.js';
import { LanguageIcon } from './action-icons.js';
import './LanguageSwitch.css';

export function LanguageSwitch() {
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t.value('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          aria-pressed={currentLanguage.value === language.code}
          onClick={() => setLanguage(language.code)}
        >
          <LanguageIcon size={20} />
          {language.name}
        </button>
      ))}
    </fieldset>
  );
}
