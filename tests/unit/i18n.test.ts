import { describe, expect, it } from 'vitest';
import { messages as en } from '../../src/i18n/en.js';
import { messages as es } from '../../src/i18n/es.js';
import { currentLanguage, LANGUAGES, setLanguage, t } from '../../src/i18n/index.js';

describe('languages', () => {
  it('offers English first, then Spanish, each named in its own language', () => {
    expect(LANGUAGES.map((l) => [l.code, l.label])).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
    ]);
  });

  it('has every message in every language, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps the same {placeholders} in each translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('t', () => {
  it('translates into the current language and ignores unknown language codes', () => {
    const document = { documentElement: { lang: '' } };
    Object.assign(globalThis, { document });
    try {
      setLanguage('es');
      expect(currentLanguage.value).toBe('es');
      expect(t.value('kiosk.welcome')).toBe('Bienvenido');
      expect(document.documentElement.lang).toBe('es');
      setLanguage('xx');
      expect(currentLanguage.value).toBe('es');
      setLanguage('en');
      expect(t.value('kiosk.welcome')).toBe('Welcome');
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
  });
});
