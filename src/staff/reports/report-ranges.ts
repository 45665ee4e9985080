/**
 * The report page's ranges: today, this week (Monday to today), last month (the whole calendar
 * month before this one), in center days; and a custom range checked before it is asked for.
 */
import { type DayRange, rangeProblem, weekdayOf } from '../../core/reports/range.js';

export type RangeChoice = 'today' | 'week' | 'lastMonth' | 'custom';

/** Adds `days` (may be negative) to a YYYY-MM-DD day. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The range of a preset for the center day `today`. */
export function presetRange(choice: Exclude<RangeChoice, 'custom'>, today: string): DayRange {
  if (choice === 'today') return { from: today, to: today };
  if (choice === 'week') {
    // weekdayOf: 0 is Sunday; the week starts on Monday.
    const sinceMonday = (weekdayOf(today) + 6) % 7;
    return { from: addDays(today, -sinceMonday), to: today };
  }
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  const to = addDays(firstOfThisMonth, -1);
  return { from: `${to.slice(0, 8)}01`, to };
}

/** Why a custom range cannot be asked for: `missing` (a date is empty) or the server's rule. */
export function customRangeProblem(from: string, to: string): 'missing' | 'order' | 'tooLong' | null {
  if (!from || !to) return 'missing';
  if (from > to) return 'order';
  return rangeProblem({ from, to }) ? 'tooLong' : null;
}
