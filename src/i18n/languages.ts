/**
 * The languages the app speaks. The kiosk, the lobby display and member cards speak all of them;
 * the staff console speaks those marked `console`. Each is named in its own language and script.
 * Adding one: a row here and its catalogues (docs/translations.md).
 */
export interface Language {
  /** BCP 47: the catalogue folder, the page's `lang`, the participant's preferred language. */
  readonly code: string;
  /** The language's own name, in its own script ("Español", "한국어"). */
  readonly name: string;
  /** The locale Intl formats numbers, dates and times with (regional habits: "11 a. m." in Los Angeles). */
  readonly formatLocale: string;
  /** Speech voices to look for, best first (Cantonese speakers read Traditional Chinese but hear Cantonese). */
  readonly voices: readonly string[];
  /** Whether the staff console is translated too. */
  readonly console: boolean;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', formatLocale: 'en-US', voices: ['en-US', 'en'], console: true },
  { code: 'es', name: 'Español', formatLocale: 'es-US', voices: ['es-US', 'es-MX', 'es'], console: true },
  { code: 'hy', name: 'Հայերեն', formatLocale: 'hy-AM', voices: ['hy-AM', 'hy'], console: false },
  { code: 'ko', name: '한국어', formatLocale: 'ko-KR', voices: ['ko-KR', 'ko'], console: false },
  { code: 'ru', name: 'Русский', formatLocale: 'ru-RU', voices: ['ru-RU', 'ru'], console: false },
  { code: 'tl', name: 'Tagalog', formatLocale: 'fil-PH', voices: ['fil-PH', 'fil', 'tl-PH', 'tl'], console: false },
  {
    code: 'zh-Hant',
    name: '繁體中文',
    formatLocale: 'zh-Hant-HK',
    voices: ['yue-HK', 'zh-HK', 'yue', 'zh-TW', 'zh-Hant'],
    console: false,
  },
  { code: 'th', name: 'ไทย', formatLocale: 'th-TH', voices: ['th-TH', 'th'], console: false },
];

/**
 * The pseudo-locale: English made longer and accented ("[Ŵéļçöɱé ~~~]") to show text that does not
 * fit or was never put in a catalogue. Never offered to people; chosen with `?lang=en-XA`.
 */
export const PSEUDO_LANGUAGE: Language = {
  code: 'en-XA',
  name: '[Ƥšéûðö]',
  formatLocale: 'en-US',
  voices: ['en-US', 'en'],
  console: true,
};

/** The languages the staff console offers. */
export const CONSOLE_LANGUAGES: readonly Language[] = LANGUAGES.filter((language) => language.console);

const BY_CODE = new Map([...LANGUAGES, PSEUDO_LANGUAGE].map((language) => [language.code, language]));

/** The language with this code, if the app has it (the pseudo-locale included). */
export function languageOf(code: string): Language | undefined {
  return BY_CODE.get(code);
}

/** The locale Intl should format in for an app language ('en-US' for one the app does not have). */
export function formatLocaleOf(code: string): string {
  return BY_CODE.get(code)?.formatLocale ?? 'en-US';
}
