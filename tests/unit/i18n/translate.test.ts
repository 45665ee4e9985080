/** Messages at run time: the current language, plurals and numbers in its own rules, fallbacks, the pseudo-locale. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONSOLE_LANGUAGES,
  currentLanguage,
  LANGUAGES,
  loadMessages,
  PSEUDO_LANGUAGE,
  setLanguage,
  t,
  translate,
} from '../../../src/i18n/index.js';

afterEach(async () => {
  await setLanguage('en');
});

describe('languages', () => {
  it('offers English, Spanish and the neighbourhood’s languages, each in its own name and script', () => {
    expect(LANGUAGES.map((language) => [language.code, language.name])).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
      ['hy', 'Հայերեն'],
      ['ko', '한국어'],
      ['ru', 'Русский'],
      ['tl', 'Tagalog'],
      ['zh-Hant', '繁體中文'],
      ['th', 'ไทย'],
    ]);
    expect(CONSOLE_LANGUAGES.map((language) => language.code)).toEqual(['en', 'es']);
  });
});

describe('t and translate', () => {
  it('switch to a language once its messages are loaded, and refuse one the app does not have', async () => {
    expect(await setLanguage('es')).toBe(true);
    expect(currentLanguage.value).toBe('es');
    expect(t.value('kiosk.welcome')).toBe('Le damos la bienvenida');
    expect(await setLanguage('xx')).toBe(false);
    expect(currentLanguage.value).toBe('es');
    await setLanguage('en');
    expect(t.value('kiosk.welcome')).toBe('Welcome');
  });

  it('keep the device’s choice, unless a screen only steps out of a language it lacks', async () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    });
    try {
      await setLanguage('es');
      expect(stored.get('lead.language')).toBe('es');
      await setLanguage('en', { remember: false });
      expect(currentLanguage.value).toBe('en');
      expect(stored.get('lead.language')).toBe('es');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('choose the plural form of the language', () => {
    expect(translate('en', 'kiosk.done.closing', { seconds: 1 })).toBe('This screen closes in 1 second.');
    expect(translate('en', 'kiosk.done.closing', { seconds: 5 })).toBe('This screen closes in 5 seconds.');
    expect(translate('es', 'kiosk.done.closing', { seconds: 1 })).toBe('Esta pantalla se cierra en 1 segundo.');
    expect(translate('en', 'cards.made', { count: 1 })).toBe('1 card ready to print.');
    expect(translate('en', 'cards.made', { count: 1200 })).toBe('1,200 cards ready to print.');
  });

  it('fall back to English for a language not loaded, and to the key when a value is missing', () => {
    expect(translate('ko', 'kiosk.welcome')).toBe('Welcome');
    expect(translate('en', 'cards.hours')).toBe('cards.hours');
  });

  it('load a language’s catalogue only when asked', async () => {
    expect(translate(PSEUDO_LANGUAGE.code, 'kiosk.welcome')).toBe('Welcome');
    await loadMessages(PSEUDO_LANGUAGE.code, ['kiosk']);
    expect(translate(PSEUDO_LANGUAGE.code, 'kiosk.welcome')).toMatch(/^\[Ŵéļçöɱé .+\]$/);
  });
});

describe('the pseudo-locale', () => {
  it('accents and lengthens text, keeping placeholders and plurals working', async () => {
    await loadMessages(PSEUDO_LANGUAGE.code, ['kiosk']);
    const closing = translate(PSEUDO_LANGUAGE.code, 'kiosk.done.closing', { seconds: 1 });
    expect(closing).toMatch(/^\[Ţĥîš šçŕééñ çļöšéš îñ 1 šéçöñð\..*\]$/);
    const english = translate('en', 'kiosk.done.closing', { seconds: 1 });
    expect(closing.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.3));
  });
});
