/**
 * issue 16 — HMIS: its own consent question, after the program consent. The explanation is read in
 * the participant's language (like the consent text); unticked means no, and they are left out
 * of the county HMIS export.
 */
import { t, translate, useMessages } from '../../i18n/index.js';
import { CheckField } from '../../ui/form/CheckField.js';

export function HmisConsentField({
  checked,
  onChecked,
  language,
}: {
  checked: boolean;
  onChecked: (checked: boolean) => void;
  /** The language the explanation is read in (the participant's, when the app has it). */
  language: string;
}) {
  // The participant's language may not be loaded yet; the text waits for it.
  const ready = useMessages(language, ['staff']);
  return (
    <section class="consent consent--hmis" aria-labelledby="hmis-consent-title">
      <h2 id="hmis-consent-title">{t.value('hmis.consent.title')}</h2>
      {ready && (
        <blockquote class="consent__text" lang={language}>
          <p>{translate(language, 'hmis.consent.text')}</p>
        </blockquote>
      )}
      <CheckField
        id="hmis-consent"
        label={t.value('hmis.consent.agree')}
        hint={t.value('hmis.consent.hint')}
        checked={checked}
        onChecked={onChecked}
      />
    </section>
  );
}

/** The changes with the HMIS answer added when it differs from before (no answer counts as no). */
export function withHmisConsent<C extends object>(
  changes: C,
  before: boolean | undefined,
  chosen: boolean,
): C & { hmisConsent?: boolean } {
  return chosen === (before === true) ? changes : { ...changes, hmisConsent: chosen };
}
