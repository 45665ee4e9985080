/**
 * What a person's list and ticket say they asked for: item names with quantities, and discreet
 * supplies only as one neutral line with their count ("Health and safety supplies (2)").
 */
import type { CatalogItem } from '../fold/selectors.js';
import type { RequestedItem } from '../ops/requests.js';
import { isDiscreet, type NeedTile } from './needs.js';

/** The words the lines are made of, in the person's language (core knows no messages). */
export interface AskedWords {
  /** An item's name. */
  name(item: CatalogItem): string;
  /** The neutral line for `count` discreet units. */
  discreet(count: number): string;
}

/** Lines in catalog order, "Blanket × 2" for more than one, the neutral line last; unknown items skipped. */
export function askedLines(items: readonly RequestedItem[], tiles: readonly NeedTile[], words: AskedWords): string[] {
  const lines: string[] = [];
  let discreet = 0;
  for (const line of items) {
    const tile = tiles.find((candidate) => candidate.item.id === line.itemId);
    if (!tile || line.quantity <= 0) continue;
    if (isDiscreet(tile)) discreet += line.quantity;
    else {
      const name = words.name(tile.item);
      lines.push(line.quantity > 1 ? `${name} × ${line.quantity}` : name);
    }
  }
  if (discreet > 0) lines.push(words.discreet(discreet));
  return lines;
}
