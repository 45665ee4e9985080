/**
 * The kiosk's words in each language, read from the app's own catalogues, for specs that run the
 * same story in English and Spanish; and the two tablet sizes every kiosk story runs at.
 */
import { wordsIn } from '../../support/catalogues.js';

export const KIOSK_LANGUAGES = ['English', 'Español'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];

/** Landscape and portrait tablets. */
export const TABLETS = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 800, height: 1280 },
] as const;

const WORDS = { English: wordsIn('en'), Español: wordsIn('es') };

/** A message in `language`, placeholders filled in (one given no value stays `{name}`). */
export function wordsOf(language: KioskLanguage) {
  return WORDS[language];
}
