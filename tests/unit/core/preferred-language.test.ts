import { describe, expect, it } from 'vitest';
import { appLanguageFor } from '../../../src/core/kiosk/preferred-language.js';

const APP = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'tl', name: 'Tagalog' },
  { code: 'zh-Hant', name: '繁體中文' },
];

describe('a participant’s preferred language on the kiosk', () => {
  it('is the app language staff recorded, by code, regional code or its own name', () => {
    expect(appLanguageFor('es', APP)).toBe('es');
    expect(appLanguageFor(' ES-mx ', APP)).toBe('es');
    expect(appLanguageFor('es_US', APP)).toBe('es');
    expect(appLanguageFor('español', APP)).toBe('es');
    expect(appLanguageFor('en', APP)).toBe('en');
    expect(appLanguageFor('zh-Hant', APP)).toBe('zh-Hant');
    expect(appLanguageFor('繁體中文', APP)).toBe('zh-Hant');
  });

  it('serves Cantonese speakers in Traditional Chinese and Filipino speakers in Tagalog', () => {
    expect(appLanguageFor('yue', APP)).toBe('zh-Hant');
    expect(appLanguageFor('zh-HK', APP)).toBe('zh-Hant');
    expect(appLanguageFor('fil-PH', APP)).toBe('tl');
  });

  it('is none when nothing is recorded or the app does not have that language', () => {
    expect(appLanguageFor(null, APP)).toBeNull();
    expect(appLanguageFor(undefined, APP)).toBeNull();
    expect(appLanguageFor('  ', APP)).toBeNull();
    expect(appLanguageFor('ko', APP)).toBeNull();
    expect(appLanguageFor('estonian', APP)).toBeNull();
  });
});
