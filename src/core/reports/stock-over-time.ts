/**
 * Stock over time: each tracked item's closing level on every day of the range, from the whole
 * ledger (movements before the range set the opening level), with its minimum to draw.
 */
import { itemLabel, type ReportHistory } from './history.js';
import { type DayRange, daysInRange } from './range.js';

export interface StockSeries {
  readonly itemId: string;
  readonly name: string;
  /** The item's minimum level (a line on the chart), or null if none is set. */
  readonly minimum: number | null;
  /** Closing level on each day of the range, in the order of `days`. */
  readonly levels: readonly number[];
  /** The lowest closing level in the range. */
  readonly lowest: number;
}

/**
 * One series per tracked item that had stock lines by the end of the range. Levels are about
 * shelves, not people, so they are never suppressed.
 */
export function stockOverTime(history: ReportHistory, range: DayRange): StockSeries[] {
  const days = daysInRange(range);
  const byItem = new Map<string, { before: number; perDay: Map<string, number> }>();
  for (const line of history.ledger) {
    if (line.day > range.to) continue;
    const item = history.items.get(line.itemId);
    if (item && item.kind !== 'tracked') continue;
    const sums = byItem.get(line.itemId) ?? { before: 0, perDay: new Map<string, number>() };
    if (line.day < range.from) sums.before += line.delta;
    else sums.perDay.set(line.day, (sums.perDay.get(line.day) ?? 0) + line.delta);
    byItem.set(line.itemId, sums);
  }
  return [...byItem]
    .map(([itemId, sums]) => {
      let level = sums.before;
      const levels = days.map((day) => {
        level += sums.perDay.get(day) ?? 0;
        return level;
      });
      return {
        itemId,
        name: itemLabel(history, itemId),
        minimum: history.items.get(itemId)?.minimum ?? null,
        levels,
        lowest: Math.min(...levels),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.itemId < b.itemId ? -1 : 1));
}
