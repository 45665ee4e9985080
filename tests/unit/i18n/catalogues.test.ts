/**
 * The catalogues translators edit: each language has every message of the areas it must cover,
 * no extra one, each valid ICU MessageFormat, with English's placeholders and its own plural forms.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../../scripts/icu-catalogues.mjs';
import { AREAS, type Area, LANGUAGES } from '../../../src/i18n/index.js';
import { argumentsOf, catalogueLanguages, catalogueText } from '../../support/catalogues.js';

/** What every language must translate: what participants see. The console may stay English and Spanish. */
const PARTICIPANT_AREAS: readonly Area[] = ['shared', 'kiosk', 'display', 'cards'];

function requiredAreas(code: string): readonly Area[] {
  return LANGUAGES.find((language) => language.code === code)?.console ? AREAS : PARTICIPANT_AREAS;
}

function english(area: Area): Record<string, string> {
  const text = catalogueText('en', area);
  if (!text) throw new Error(`no English ${area} catalogue`);
  return text;
}

describe('message catalogues', () => {
  it('has a folder for each language the app offers, and none it does not', () => {
    expect(catalogueLanguages()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  for (const { code } of LANGUAGES) {
    describe(code, () => {
      for (const area of AREAS) {
        const required = requiredAreas(code).includes(area);
        it(`${area}: ${required ? 'every' : 'if present, every'} English message, no other, none empty`, () => {
          const text = catalogueText(code, area);
          if (!text && !required) return;
          expect(text, `src/i18n/catalogues/${code}/${area}.json`).not.toBeNull();
          expect(Object.keys(text ?? {}).sort()).toEqual(Object.keys(english(area)).sort());
          for (const [key, message] of Object.entries(text ?? {})) expect(message.trim(), key).not.toBe('');
        });

        it(`${area}: parses, with English's placeholders and this language's plural forms`, () => {
          const text = catalogueText(code, area);
          if (!text) return;
          const parsed = compileCatalogue(text, `${code}/${area}`);
          const reference = compileCatalogue(english(area));
          const categories = new Set<string>(new Intl.PluralRules(code).resolvedOptions().pluralCategories);
          for (const [key, message] of Object.entries(parsed)) {
            expect(argumentsOf(message), key).toEqual(argumentsOf(reference[key] ?? []));
            for (const form of pluralForms(message)) {
              expect(form === 'other' || form.startsWith('=') || categories.has(form), `${key}: ${form}`).toBe(true);
            }
          }
        });
      }
    });
  }

  it('refuses a message that is not ICU MessageFormat, naming it', () => {
    expect(() => compileCatalogue({ 'kiosk.broken': 'Hello {name' }, 'xx/kiosk')).toThrow(/kiosk\.broken/);
    expect(() => compileCatalogue({ 'kiosk.noOther': '{n, plural, one {# day}}' })).toThrow(/kiosk\.noOther/);
  });
});

/** The plural categories a message's plurals choose among, at any depth. */
function pluralForms(message: readonly MessageFormatElement[]): string[] {
  const forms: string[] = [];
  for (const element of message) {
    if (element.type === 6) {
      for (const [form, option] of Object.entries(element.options)) forms.push(form, ...pluralForms(option.value));
    } else if (element.type === 5) {
      for (const option of Object.values(element.options)) forms.push(...pluralForms(option.value));
    }
  }
  return forms;
}
