/**
 * Which language the consent text is read in, and the version recorded with an enrolment: the
 * participant's own language when the console has it, whatever language the console is in.
 */
import { currentLanguage, languageOf } from '../../i18n/index.js';

/** The consent text's wording; bump it when the `consent.*` messages change (issue 15: who sees what). */
export const CONSENT_WORDING = '2026-12';

/**
 * The language to read consent in: the participant's chosen one if the console is translated into
 * it (consent is read by staff, beside the participant), else the console's.
 */
export function consentLanguage(participantLanguage: string, consoleLanguage = currentLanguage.value): string {
  return participantLanguage && languageOf(participantLanguage)?.console ? participantLanguage : consoleLanguage;
}

/** The version recorded with consent: the wording and the language it was read in, e.g. "2026-12-es". */
export function consentTextVersion(language: string): string {
  return `${CONSENT_WORDING}-${language}`;
}
