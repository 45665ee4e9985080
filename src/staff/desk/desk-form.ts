/**
 * The front desk's request form as typed, turned into request lines or the problems to show. Pure:
 * the tiles already carry the kiosk's rules (per-visit limits less what was asked today, stock).
 */
import { type NeedTile, requestedItems } from '../../core/kiosk/needs.js';
import type { RequestedItem } from '../../core/ops/requests.js';
import type { Problem } from '../inventory/quantity.js';
import { parseQuantity } from '../inventory/quantity.js';

export type DeskResult =
  | { readonly ok: true; readonly items: readonly RequestedItem[] }
  | { readonly ok: false; readonly problems: Readonly<Record<string, Problem>>; readonly nothingChosen?: true };

/**
 * Request lines for the typed quantities (blank rows are not asked for). A first visit may ask
 * for nothing (a check-in alone); adding to today's visit must ask for something.
 */
export function parseDeskRequest(
  tiles: readonly NeedTile[],
  typed: Readonly<Record<string, string>>,
  mustAsk: boolean,
): DeskResult {
  const problems: Record<string, Problem> = {};
  const chosen = new Map<string, number>();
  for (const tile of tiles) {
    const text = typed[tile.item.id] ?? '';
    if (text.trim() === '' || tile.max === 0) continue;
    const quantity = parseQuantity(text, { min: 1, max: 10_000 });
    if (!quantity.ok) problems[tile.item.id] = quantity.problem;
    else if (quantity.value > tile.max)
      problems[tile.item.id] = { key: 'desk.problem.overLimit', values: { max: tile.max } };
    else chosen.set(tile.item.id, quantity.value);
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const items = requestedItems(tiles, chosen);
  if (mustAsk && items.length === 0) return { ok: false, problems: {}, nothingChosen: true };
  return { ok: true, items };
}
