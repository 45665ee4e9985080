/**
 * Languages and the current one. Every `src/i18n/<code>.ts` file is picked up here, so adding a
 * language is adding one file (typed against the English keys).
 */
import { computed, signal } from '@preact/signals';
import type { MessageKey, Messages } from './en.js';

interface LanguageModule {
  language: { code: string; label: string };
  messages: Messages;
}

const modules = import.meta.glob<LanguageModule>(['./*.ts', '!./index.ts'], { eager: true });

/** All languages, English first, then by code. */
export const LANGUAGES: readonly LanguageModule['language'][] = Object.values(modules)
  .map((m) => m.language)
  .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));

const catalog = new Map(Object.values(modules).map((m) => [m.language.code, m.messages]));
const STORAGE_KEY = 'lead.language';

export const currentLanguage = signal<string>(initialLanguage());

/** The translate function for the current language; components re-render when it changes. */
export const t = computed(() => {
  const code = currentLanguage.value;
  return (key: MessageKey, values: Record<string, string | number> = {}): string => translate(code, key, values);
});

/** A message in a given language (e.g. a card printed in the participant's language), English if it is missing. */
export function translate(code: string, key: MessageKey, values: Record<string, string | number> = {}): string {
  const messages = catalog.get(code) ?? (catalog.get('en') as Messages);
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** Whether the app has messages in this language. */
export function hasLanguage(code: string): boolean {
  return catalog.has(code);
}

export function setLanguage(code: string): void {
  if (!catalog.has(code)) return;
  currentLanguage.value = code;
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode or a full disk: the choice still holds for this page.
  }
  document.documentElement.lang = code;
}

function initialLanguage(): string {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  const code = stored && catalog.has(stored) ? stored : 'en';
  if (typeof document !== 'undefined') document.documentElement.lang = code;
  return code;
}
