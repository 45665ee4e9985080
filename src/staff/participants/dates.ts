/** Dates without times for the participant screens, in the current language. */
import { HLC_PATTERN, stampTime } from '../../core/ops/clock.js';
import { currentFormatLocale } from '../../i18n/index.js';

/** A calendar day (YYYY-MM-DD), e.g. a birth date: read in UTC so no time zone moves it a day. */
export function formatDay(day: string | null, fallback = ''): string {
  if (!day) return fallback;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return new Intl.DateTimeFormat(currentFormatLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** The date of an ISO timestamp or of an op's clock stamp (`Origin.at`), where this device is. */
export function formatDateOf(at: string | null | undefined, fallback = ''): string {
  if (!at) return fallback;
  const time = new Date(HLC_PATTERN.test(at) ? stampTime(at) : at);
  if (Number.isNaN(time.getTime())) return fallback;
  return new Intl.DateTimeFormat(currentFormatLocale(), { dateStyle: 'medium' }).format(time);
}
