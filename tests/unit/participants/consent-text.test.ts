import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/index.js';
import { CONSENT_WORDING, consentLanguage, consentTextVersion } from '../../../src/staff/participants/consent-text.js';

describe('consent text', () => {
  it('is read in the participant’s language when the app has it, else in the console’s', () => {
    expect(consentLanguage('es', 'en')).toBe('es');
    expect(consentLanguage('en', 'es')).toBe('en');
    // Korean has no catalogue yet; "other or not said" is empty.
    expect(consentLanguage('ko', 'es')).toBe('es');
    expect(consentLanguage('', 'en')).toBe('en');
  });

  it('records the wording and the language it was read in', () => {
    expect(CONSENT_WORDING).toBe('2026-12');
    expect(consentTextVersion('es')).toBe('2026-12-es');
  });

  it('says who sees the information and that nothing goes to police or the referrer, in both languages', () => {
    expect(translate('en', 'consent.whoSees')).toMatch(/only LEAD program staff/);
    expect(translate('en', 'consent.noSharing')).toMatch(/police.*referred you/);
    expect(translate('es', 'consent.whoSees')).toMatch(/solo el personal del programa LEAD/);
    expect(translate('es', 'consent.noSharing')).toMatch(/policía.*quien le refirió/);
  });
});
