/**
 * The kiosk's words in each language, read from the app's own catalogues, for specs that run the
 * same story in English and Spanish; and the two tablet sizes every kiosk story runs at.
 */
import { messages as en, type MessageKey } from '../../../src/i18n/en.js';
import { messages as es } from '../../../src/i18n/es.js';

export const KIOSK_LANGUAGES = ['English', 'Español'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];

/** Landscape and portrait tablets. */
export const TABLETS = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 800, height: 1280 },
] as const;

/** A message in `language`, with `{name}` placeholders filled in. */
export function wordsOf(language: KioskLanguage) {
  const messages: Record<MessageKey, string> = language === 'English' ? en : es;
  return (key: MessageKey, values: Record<string, string> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
