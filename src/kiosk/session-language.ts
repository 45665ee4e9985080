/**
 * The kiosk's own language and a person's: a session starts in whatever the kiosk was showing,
 * may switch to the participant's preferred language, and every reset returns to the kiosk's.
 */
import { appLanguageFor } from '../core/kiosk/preferred-language.js';
import { currentLanguage, LANGUAGES, setLanguage } from '../i18n/index.js';

/** The language the kiosk showed before this person started, while a session runs. */
let kioskLanguage: string | null = null;

/** A person leaves welcome: remember the kiosk's language (once per session). */
export function beginSessionLanguage(): void {
  kioskLanguage ??= currentLanguage.peek();
}

/** After a check-in: speak the participant's preferred language if the app has it. */
export function followPreferredLanguage(preferred: string | null): void {
  const code = appLanguageFor(preferred, LANGUAGES);
  if (code && code !== currentLanguage.peek()) void setLanguage(code);
}

/** The session ends: back to the kiosk's language, so one person's never reaches the next. */
export function restoreKioskLanguage(): void {
  if (kioskLanguage !== null && kioskLanguage !== currentLanguage.peek()) void setLanguage(kioskLanguage);
  kioskLanguage = null;
}
