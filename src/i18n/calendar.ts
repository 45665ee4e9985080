/**
 * Month and weekday names and clock times in a language, from Intl where the browser has that
 * language's dates, else from the names below. Chromium (and so most Android tablets) ships no
 * Armenian date names: Intl would write "Mon" and "4 PM" on an Armenian card.
 */
import { formatLocaleOf } from './languages.js';

interface CalendarNames {
  /** January first, as a month is named alone ("in November"). */
  readonly months: readonly string[];
  /** January first, as a month is named with a day ("November 30"). */
  readonly monthsWithDay: readonly string[];
  /** Sunday first. */
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
}

// CLDR's Eastern Armenian names; Armenian tells time in 24 hours. Drafts, reviewed with the catalogues.
const NAMES: Readonly<Record<string, CalendarNames>> = {
  hy: {
    months: [
      'հունվար',
      'փետրվար',
      'մարտ',
      'ապրիլ',
      'մայիս',
      'հունիս',
      'հուլիս',
      'օգոստոս',
      'սեպտեմբեր',
      'հոկտեմբեր',
      'նոյեմբեր',
      'դեկտեմբեր',
    ],
    monthsWithDay: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    weekdays: ['կիրակի', 'երկուշաբթի', 'երեքշաբթի', 'չորեքշաբթի', 'հինգշաբթի', 'ուրբաթ', 'շաբաթ'],
    weekdaysShort: ['կիր', 'երկ', 'երք', 'չրք', 'հնգ', 'ուր', 'շբթ'],
  },
};

/** The names to use instead of Intl for this language, or null when Intl has its dates. */
export function calendarNamesFor(code: string): CalendarNames | null {
  const names = NAMES[code.split('-')[0] ?? code];
  if (!names) return null;
  return Intl.DateTimeFormat.supportedLocalesOf([formatLocaleOf(code)]).length > 0 ? null : names;
}

/** A month's name (1 = January), as asked alone: the birthday screen's months. */
export function monthName(code: string, month: number): string {
  const names = calendarNamesFor(code);
  if (names) return names.months[month - 1] ?? String(month);
  return new Intl.DateTimeFormat(formatLocaleOf(code), { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/** A weekday's name (0 = Sunday), short ("Mon") or long ("Monday"). */
export function weekdayName(code: string, weekday: number, width: 'short' | 'long'): string {
  const names = calendarNamesFor(code);
  if (names) return (width === 'short' ? names.weekdaysShort : names.weekdays)[weekday] ?? '';
  // 2026-11-29 is a Sunday: adding `weekday` days gives that weekday (UTC, so no zone shifts it).
  const name = new Intl.DateTimeFormat(formatLocaleOf(code), { weekday: width, timeZone: 'UTC' }).format(
    Date.UTC(2026, 10, 29 + weekday),
  );
  return width === 'short' ? name.replace(/\.$/, '') : name;
}

/** The parts of a moment on the clock of a time zone. */
export function zonedParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const weekday = new Date(Date.UTC(part('year'), part('month') - 1, part('day'))).getUTCDay();
  return { month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), weekday };
}

/** "16:00": the 24-hour clock, for a language Intl cannot write. */
export function clock24(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
