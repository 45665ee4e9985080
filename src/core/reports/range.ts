/**
 * A report's range of center days, inclusive at both ends. Days are calendar dates at the center
 * (YYYY-MM-DD), so day arithmetic is done on UTC dates, where every day has 24 hours.
 */
import { centerDay } from '../day.js';

/** Longer ranges are refused: a year and a bit covers every funder's period. */
export const MAX_REPORT_DAYS = 400;

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(dayNumber(day) * DAY_MS).toISOString().slice(0, 10) === day;
}

/** Every day from `from` to `to`, in order. */
export function daysInRange(range: DayRange): string[] {
  const days: string[] = [];
  for (let n = dayNumber(range.from); n <= dayNumber(range.to); n += 1) {
    days.push(new Date(n * DAY_MS).toISOString().slice(0, 10));
  }
  return days;
}

/** The weekday of a center day (0 is Sunday, as `Date#getDay()`). */
export function weekdayOf(day: string): number {
  return new Date(dayNumber(day) * DAY_MS).getUTCDay();
}

/** Why a range cannot be reported on, in words a person can act on; null when it is fine. */
export function rangeProblem(range: DayRange): string | null {
  if (!isRealDay(range.from)) return '"from" must be a real day as YYYY-MM-DD.';
  if (!isRealDay(range.to)) return '"to" must be a real day as YYYY-MM-DD.';
  if (range.from > range.to) return '"from" must be on or before "to".';
  if (dayNumber(range.to) - dayNumber(range.from) + 1 > MAX_REPORT_DAYS) {
    return `A report covers at most ${MAX_REPORT_DAYS} days; choose a shorter range.`;
  }
  return null;
}

/** The center day of a clock stamp (its wall time, in Los Angeles). */
export function dayOfStamp(stamp: string): string {
  return centerDay(new Date(Number(stamp.slice(0, 13))));
}

export function inRange(day: string, range: DayRange): boolean {
  return range.from <= day && day <= range.to;
}
