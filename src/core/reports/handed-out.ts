/**
 * Items handed out by item and category, from the ledger: the winning answers of requests plus
 * walk-up and batch hand-outs, on the center day they left the shelf.
 */
import type { ItemCategory } from '../ops/catalog.js';
import { itemLabel, type ReportHistory } from './history.js';
import { type DayRange, inRange } from './range.js';

export interface HandedOutRow<C> {
  readonly itemId: string;
  readonly name: string;
  readonly category: ItemCategory | null;
  readonly fromRequests: C;
  readonly walkUp: C;
  readonly total: C;
}

export interface CategoryTotal<C> {
  readonly category: ItemCategory | null;
  readonly total: C;
}

/** One row per item handed out in the range, by name. */
export function handedOut(history: ReportHistory, range: DayRange): HandedOutRow<number>[] {
  const sums = new Map<string, { fromRequests: number; walkUp: number }>();
  for (const line of history.ledger) {
    if (!line.handOut || !inRange(line.day, range)) continue;
    const sum = sums.get(line.itemId) ?? { fromRequests: 0, walkUp: 0 };
    if (line.handOut === 'request') sum.fromRequests -= line.delta;
    else sum.walkUp -= line.delta;
    sums.set(line.itemId, sum);
  }
  return [...sums]
    .map(([itemId, sum]) => ({
      itemId,
      name: itemLabel(history, itemId),
      category: history.items.get(itemId)?.category ?? null,
      fromRequests: sum.fromRequests,
      walkUp: sum.walkUp,
      total: sum.fromRequests + sum.walkUp,
    }))
    .filter((row) => row.total > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.itemId < b.itemId ? -1 : 1));
}

/** Totals per category, from the item rows (before suppression, so the sums are exact). */
export function handedOutByCategory(rows: readonly HandedOutRow<number>[]): CategoryTotal<number>[] {
  const totals = new Map<ItemCategory | null, number>();
  for (const row of rows) totals.set(row.category, (totals.get(row.category) ?? 0) + row.total);
  return [...totals]
    .map(([category, total]) => ({ category, total }))
    .sort((a, b) => String(a.category).localeCompare(String(b.category), 'en'));
}
