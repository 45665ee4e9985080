/**
 * Messages and the current language. Catalogues are ICU MessageFormat JSON, one per language per
 * area (`catalogues/<code>/<area>.json`), parsed at build time and loaded lazily: an app loads the
 * areas it shows in the language it shows, and another language's when someone chooses it.
 * `translate` is synchronous, so a catalogue must be loaded before it is used (`loadMessages`,
 * `useMessages`); until then a message falls back to English, then to its key.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { computed, signal } from '@preact/signals';
import { IntlMessageFormat } from 'intl-messageformat';
import { useEffect, useState } from 'preact/hooks';
import type cardsMessages from './catalogues/en/cards.json';
import type displayMessages from './catalogues/en/display.json';
import type kioskMessages from './catalogues/en/kiosk.json';
import type sharedMessages from './catalogues/en/shared.json';
import type staffMessages from './catalogues/en/staff.json';
import { formatLocaleOf, languageOf, PSEUDO_LANGUAGE } from './languages.js';

export { calendarNamesFor, clock24, monthName, weekdayName, zonedParts } from './calendar.js';
export type { Language } from './languages.js';
export { CONSOLE_LANGUAGES, formatLocaleOf, LANGUAGES, languageOf, PSEUDO_LANGUAGE } from './languages.js';

/** The parts of the app with a catalogue of their own. */
export const AREAS = ['shared', 'kiosk', 'display', 'cards', 'staff'] as const;
export type Area = (typeof AREAS)[number];

/** Every message key: English is the reference every catalogue is checked against. */
export type MessageKey =
  | keyof typeof sharedMessages
  | keyof typeof kioskMessages
  | keyof typeof displayMessages
  | keyof typeof cardsMessages
  | keyof typeof staffMessages;

/** What a message's placeholders are filled with (numbers and dates are formatted for the language). */
export type MessageValues = Record<string, string | number | Date>;

type Compiled = Record<string, MessageFormatElement[]>;

const SOURCES = import.meta.glob<Compiled>('./catalogues/*/*.json', { import: 'default' });
const STORAGE_KEY = 'lead.language';
const FALLBACK = 'en';

/** Loaded messages by language, then key. */
const messagesByLanguage = new Map<string, Map<string, MessageFormatElement[]>>();
const formatters = new Map<string, IntlMessageFormat>();
const loading = new Map<string, Promise<void>>();
/** The areas the running app shows: a language switch loads these. */
const activeAreas = new Set<Area>(['shared']);
/** Bumped when a catalogue arrives, so text already on screen in that language re-renders. */
const catalogueVersion = signal(0);

export const currentLanguage = signal<string>(initialLanguage());

/** The translate function for the current language; components re-render when it changes. */
export const t = computed(() => {
  const code = currentLanguage.value;
  catalogueVersion.value;
  return (key: MessageKey, values: MessageValues = {}): string => translate(code, key, values);
});

/** A message in a given language (a card printed in the participant's language), English if it is missing. */
export function translate(code: string, key: MessageKey, values: MessageValues = {}): string {
  for (const language of code === FALLBACK ? [code] : [code, FALLBACK]) {
    const formatted = format(language, key, values);
    if (formatted !== undefined) return formatted;
  }
  return key;
}

/** Whether the app has messages in this language (the pseudo-locale included). */
export function hasLanguage(code: string): boolean {
  return languageOf(code) !== undefined;
}

/** The locale Intl should use for the current language. */
export function currentFormatLocale(): string {
  return formatLocaleOf(currentLanguage.value);
}

/** Loads these areas' catalogues in this language (once; later calls share the first load). */
export async function loadMessages(code: string, areas: readonly Area[]): Promise<void> {
  if (!hasLanguage(code)) return;
  await Promise.all(areas.map((area) => loadArea(code, area)));
}

/**
 * The running app shows these areas: loads them in the current language (and English, the
 * fallback), and a later language switch loads them too.
 */
export async function showAreas(areas: readonly Area[]): Promise<void> {
  for (const area of areas) activeAreas.add(area);
  const codes = [...new Set([currentLanguage.peek(), FALLBACK])];
  await Promise.all(codes.map((code) => loadMessages(code, areas)));
}

/** The language most recently asked for: a slow load never overrides a later choice. */
let requested: string | null = null;

/**
 * Switches language once its messages for the running app are loaded (at once when they are);
 * resolves false for a language the app lacks, or one overtaken by a later choice.
 */
export function setLanguage(code: string, { remember: keep = true }: { remember?: boolean } = {}): Promise<boolean> {
  if (!hasLanguage(code)) return Promise.resolve(false);
  requested = code;
  // The choice is kept at once: a reload while its messages load still opens in it. A screen that
  // only steps out of a language it lacks (the console on a kiosk's tablet) keeps nothing.
  if (keep) remember(code);
  const areas = [...activeAreas];
  if (isLoaded(code, areas)) return Promise.resolve(apply(code));
  return loadMessages(code, areas).then(
    () => requested === code && apply(code),
    // Offline before this catalogue was ever fetched: the screen stays in its language.
    () => false,
  );
}

/**
 * After the app has shown its first screen, fetches these languages' catalogues for these areas
 * in the background, so a later switch works offline even before the service worker has cached
 * them (a kiosk's first day). Failures are quiet: a switch tries again.
 */
export function preloadLanguages(codes: readonly string[], areas: readonly Area[]): void {
  const run = () => {
    for (const code of codes) loadMessages(code, areas).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 1_000);
}

function remember(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode or a full disk: the choice still holds for this page.
  }
}

function apply(code: string): true {
  currentLanguage.value = code;
  if (typeof document !== 'undefined') document.documentElement.lang = code;
  return true;
}

/** Loads areas in another language for one component (a card in the participant's language); true once ready. */
export function useMessages(code: string, areas: readonly Area[]): boolean {
  const key = `${code}:${areas.join(',')}`;
  const [ready, setReady] = useState<string | null>(() => (isLoaded(code, areas) ? key : null));
  useEffect(() => {
    let live = true;
    void loadMessages(code, areas).then(() => {
      if (live) setReady(key);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return ready === key || isLoaded(code, areas);
}

const loadedAreas = new Set<string>();

function isLoaded(code: string, areas: readonly Area[]): boolean {
  return !hasLanguage(code) || areas.every((area) => loadedAreas.has(`${code}/${area}`));
}

function loadArea(code: string, area: Area): Promise<void> {
  const id = `${code}/${area}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = fetchCatalogue(code, area).then(
      (messages) => {
        store(code, messages);
        loadedAreas.add(id);
        catalogueVersion.value += 1;
      },
      (error: unknown) => {
        // Offline before it was ever cached: let a later switch try again; English stays meanwhile.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

async function fetchCatalogue(code: string, area: Area): Promise<Compiled> {
  if (code === PSEUDO_LANGUAGE.code) {
    const [{ pseudoCatalogue }, english] = await Promise.all([import('./pseudo.js'), fetchCatalogue(FALLBACK, area)]);
    return pseudoCatalogue(english);
  }
  const source = SOURCES[`./catalogues/${code}/${area}.json`];
  // A language may leave an area out (the staff console is English and Spanish): English stands in.
  return source ? source() : {};
}

function store(code: string, messages: Compiled): void {
  let known = messagesByLanguage.get(code);
  if (!known) {
    known = new Map();
    messagesByLanguage.set(code, known);
  }
  for (const [key, message] of Object.entries(messages)) known.set(key, message);
}

function format(code: string, key: string, values: MessageValues): string | undefined {
  const message = messagesByLanguage.get(code)?.get(key);
  if (!message) return undefined;
  const id = `${code}\u0000${key}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, formatLocaleOf(code), undefined, { ignoreTag: true });
    formatters.set(id, formatter);
  }
  try {
    return String(formatter.format(values));
  } catch {
    // A placeholder left without a value: show the message's text rather than nothing.
    return undefined;
  }
}

function initialLanguage(): string {
  const code = [requestedLanguage(), storedLanguage()].find((choice) => choice && hasLanguage(choice)) ?? FALLBACK;
  if (typeof document !== 'undefined') document.documentElement.lang = code;
  return code;
}

/** `?lang=xx` in the address: for checking a screen in one language (and the pseudo-locale). */
function requestedLanguage(): string | null {
  if (typeof location === 'undefined') return null;
  return new URLSearchParams(location.search).get('lang');
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
