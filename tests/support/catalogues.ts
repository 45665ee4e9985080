/**
 * The app's own catalogues, read from disk for tests: so a spec finds a button by the very words
 * the kiosk shows in each language (the pseudo-locale included), formatted as the app formats them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { compileCatalogue } from '../../scripts/icu-catalogues.mjs';
import type { Area, MessageKey } from '../../src/i18n/index.js';
import { formatLocaleOf, PSEUDO_LANGUAGE } from '../../src/i18n/languages.js';
import { pseudoCatalogue } from '../../src/i18n/pseudo.js';

export const CATALOGUE_DIR = fileURLToPath(new URL('../../src/i18n/catalogues/', import.meta.url));

/** The languages with a catalogue folder. */
export function catalogueLanguages(): string[] {
  return readdirSync(CATALOGUE_DIR).sort();
}

/** One catalogue as translators see it (ICU text), or null when the language leaves the area out. */
export function catalogueText(code: string, area: Area): Record<string, string> | null {
  try {
    return JSON.parse(readFileSync(`${CATALOGUE_DIR}${code}/${area}.json`, 'utf8')) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const AREAS: readonly Area[] = ['shared', 'kiosk', 'display', 'cards', 'staff'];

/** Every message of a language, parsed, English standing in for what it leaves out (as in the app). */
function compiledMessages(code: string): Record<string, MessageFormatElement[]> {
  const english: Record<string, MessageFormatElement[]> = {};
  for (const area of AREAS) Object.assign(english, compileCatalogue(catalogueText('en', area) ?? {}));
  if (code === 'en') return english;
  if (code === PSEUDO_LANGUAGE.code) return pseudoCatalogue(english);
  const own: Record<string, MessageFormatElement[]> = {};
  for (const area of AREAS) Object.assign(own, compileCatalogue(catalogueText(code, area) ?? {}));
  return { ...english, ...own };
}

/**
 * The words of a language: `words('kiosk.welcome')`. A placeholder given no value stays as
 * `{name}`, so a spec can build a pattern around it.
 */
export function wordsIn(code: string) {
  const messages = compiledMessages(code);
  const locale = formatLocaleOf(code);
  return (key: MessageKey, values: Record<string, string | number | Date> = {}): string => {
    const message = messages[key];
    if (!message) throw new Error(`no message "${key}"`);
    const filled = { ...Object.fromEntries(argumentsOf(message).map((name) => [name, `{${name}}`])), ...values };
    return String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(filled));
  };
}

/** The placeholder names a message uses, at any depth. */
export function argumentsOf(message: readonly MessageFormatElement[]): string[] {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if ('options' in element) for (const option of Object.values(element.options)) visit(option.value);
      if ('children' in element) visit(element.children);
      if (element.type !== 0 && element.type !== 7 && 'value' in element && typeof element.value === 'string') {
        names.add(element.value);
      }
    }
  };
  visit(message);
  return [...names].sort();
}
