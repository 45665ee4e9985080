/**
 * The consent text on the enrol form, in the participant's language (marked with `lang`, so a
 * screen reader reads it in that language), with a line in the console's language saying which
 * when it is theirs rather than the console's own.
 */
import { LANGUAGES, t, translate, useMessages } from '../../i18n/index.js';

const PARAGRAPHS = ['consent.voluntary', 'consent.whoSees', 'consent.noSharing'] as const;

export function ConsentText({ language, theirs }: { language: string; theirs: boolean }) {
  const name = LANGUAGES.find((choice) => choice.code === language)?.name ?? language;
  // Read in the participant's language, which the console may not have loaded: until it arrives
  // nothing is shown, so staff never read out the wrong text.
  if (!useMessages(language, ['staff'])) return null;
  return (
    <>
      {theirs && <p class="consent__language">{t.value('consent.shownIn', { language: name })}</p>}
      <blockquote class="consent__text" lang={language}>
        {PARAGRAPHS.map((key) => (
          <p key={key}>{translate(language, key)}</p>
        ))}
      </blockquote>
    </>
  );
}
