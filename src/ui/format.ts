/** Dates and times in the current language, e.g. "Nov 28, 2026, 3:42 PM" / "28 nov 2026, 3:42 p. m.". */
import { CENTER } from '../core/center.js';
import { calendarNamesFor, clock24, currentFormatLocale, formatLocaleOf, zonedParts } from '../i18n/index.js';

/** Date and time of an ISO timestamp; `fallback` for null (e.g. "never"). */
export function formatDateTime(iso: string | null, fallback = ''): string {
  if (!iso) return fallback;
  return new Intl.DateTimeFormat(currentFormatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Hours and minutes of an ISO timestamp or a time in milliseconds. */
export function formatTime(at: string | number): string {
  return new Intl.DateTimeFormat(currentFormatLocale(), { hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

/** "Monday, November 30 at 11:00 AM", in the center's time zone. */
export function formatOpening(at: Date, language: string): string {
  const names = calendarNamesFor(language);
  if (names) {
    const { weekday, month, day, hour, minute } = zonedParts(at, CENTER.timeZone);
    return `${names.weekdays[weekday]}, ${names.monthsWithDay[month - 1]} ${day}, ${clock24(hour, minute)}`;
  }
  return new Intl.DateTimeFormat(formatLocaleOf(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: CENTER.timeZone,
  }).format(at);
}

/** "6:00 PM" in the center's time zone. */
export function formatCenterTime(at: Date, language: string): string {
  if (calendarNamesFor(language)) {
    const { hour, minute } = zonedParts(at, CENTER.timeZone);
    return clock24(hour, minute);
  }
  return new Intl.DateTimeFormat(formatLocaleOf(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: CENTER.timeZone,
  }).format(at);
}
