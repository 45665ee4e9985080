/**
 * Dates in a language the browser's Intl does not have (Chromium ships no Armenian date names):
 * the app's own names and a 24-hour clock, never English on an Armenian card.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPENING_HOURS } from '../../../src/core/center.js';
import { calendarNamesFor, monthName, weekdayName } from '../../../src/i18n/index.js';
import { formatCenterTime, formatOpening } from '../../../src/ui/format.js';
import { formatHours } from '../../../src/ui/opening-hours.js';

/** A browser like Debian's Chromium: no Armenian in Intl's dates. */
function withoutArmenianDates(): void {
  const supported = Intl.DateTimeFormat.supportedLocalesOf.bind(Intl.DateTimeFormat);
  vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
    supported(locales, options).filter((locale) => !locale.startsWith('hy')),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dates where Intl lacks the language', () => {
  it('use Intl wherever it has the language', () => {
    expect(calendarNamesFor('hy')).toBeNull(); // Node's full ICU has Armenian
    expect(calendarNamesFor('en')).toBeNull();
    expect(monthName('es', 11)).toBe('noviembre');
    expect(weekdayName('en', 1, 'short')).toBe('Mon');
  });

  it('name months and weekdays in Armenian and tell time in 24 hours', () => {
    withoutArmenianDates();
    expect(calendarNamesFor('hy')).not.toBeNull();
    expect(monthName('hy', 11)).toBe('նոյեմբեր');
    expect(weekdayName('hy', 1, 'long')).toBe('երկուշաբթի');
    expect(formatHours(DEFAULT_OPENING_HOURS, 'hy')).toBe('երկ, չրք, ուր 11:00–16:00');
    // 2026-11-30 19:00 UTC is Monday 11:00 in Los Angeles.
    const monday = new Date('2026-11-30T19:00:00Z');
    expect(formatOpening(monday, 'hy')).toBe('երկուշաբթի, նոյեմբերի 30, 11:00');
    expect(formatCenterTime(new Date('2026-12-01T00:00:00Z'), 'hy')).toBe('16:00');
    // Other languages are untouched.
    expect(formatHours(DEFAULT_OPENING_HOURS, 'en')).toBe('Mon, Wed, Fri 11 AM–4 PM');
  });
});
