/**
 * The consent text on the enrol form, in the participant's language (marked with `lang`, so a
 * screen reader reads it in that language), with a line in the console's language saying which.
 */
import { LANGUAGES, t, translate } from '../../i18n/index.js';

const PARAGRAPHS = ['consent.voluntary', 'consent.whoSees', 'consent.noSharing'] as const;

export function ConsentText({ language }: { language: string }) {
  const name = LANGUAGES.find((choice) => choice.code === language)?.label ?? language;
  return (
    <>
      <p class="consent__language">{t.value('consent.shownIn', { language: name })}</p>
      <blockquote class="consent__text" lang={language}>
        {PARAGRAPHS.map((key) => (
          <p key={key}>{translate(language, key)}</p>
        ))}
      </blockquote>
    </>
  );
}
