/**
 * The kiosk's "What do you need today?" tiles, from the catalog and the stock this kiosk knows:
 * which items show where, how many someone may ask for, and why an item cannot be chosen.
 */

import type { CatalogItem } from '../fold/selectors.js';
import type { ItemCategory } from '../ops/catalog.js';
import type { RequestedItem } from '../ops/requests.js';

/**
 * The group a tile is shown in: its item's category, except that discreet items join the neutral
 * "health and safety supplies" group (`healthSafety`) whatever their category.
 */
export type TileGroup = ItemCategory;

export type TileAvailability = 'available' | 'out' | 'limitReached';

export interface NeedTile {
  readonly item: CatalogItem;
  readonly group: TileGroup;
  readonly availability: TileAvailability;
  /** The most that can be asked for now (0 when unavailable); 1 means a simple on/off tile. */
  readonly max: number;
}

/** Without a per-visit limit, a tracked item can still only be asked for a handful at a time. */
export const DEFAULT_MAX_QUANTITY = 5;

/** Case-manager topics stay together (as before, a topic is never hidden behind the neutral tile). */
export function groupOf(item: Pick<CatalogItem, 'category' | 'discreet'>): TileGroup {
  if (item.category === 'caseManager') return 'caseManager';
  return item.discreet ? 'healthSafety' : item.category;
}

/** Whether a tile is spelled out nowhere on screen or ticket, only counted under the neutral name. */
export function isDiscreet(tile: NeedTile): boolean {
  return tile.group === 'healthSafety' && tile.item.discreet;
}

/**
 * Tiles for the items not retired, in catalog order. A tracked item with nothing on hand (as far
 * as this kiosk knows) is shown as unavailable, never hidden; a per-visit limit counts what this
 * visit already asked for.
 */
export function needTiles(
  items: readonly CatalogItem[],
  onHand: ReadonlyMap<string, number>,
  alreadyAsked: ReadonlyMap<string, number> = new Map(),
): NeedTile[] {
  return items
    .filter((item) => !item.retired)
    .map((item) => {
      const asked = alreadyAsked.get(item.id) ?? 0;
      const limit = item.kind === 'service' ? 1 : (item.perVisitLimit ?? DEFAULT_MAX_QUANTITY);
      const left = Math.max(0, limit - asked);
      const stock = item.kind === 'tracked' ? (onHand.get(item.id) ?? 0) : Number.POSITIVE_INFINITY;
      const group = groupOf(item);
      if (stock <= 0) return { item, group, availability: 'out', max: 0 };
      if (left === 0) return { item, group, availability: 'limitReached', max: 0 };
      return { item, group, availability: 'available', max: Math.min(left, stock) };
    });
}

/**
 * The request lines for a selection (item id → quantity): only chosen items still available,
 * quantities kept within each tile's maximum, in catalog order.
 */
export function requestedItems(tiles: readonly NeedTile[], chosen: ReadonlyMap<string, number>): RequestedItem[] {
  return tiles.flatMap((tile) => {
    const quantity = Math.min(chosen.get(tile.item.id) ?? 0, tile.max);
    return quantity > 0 ? [{ itemId: tile.item.id, quantity }] : [];
  });
}

/** The name to show for an item in `language`, English when there is none. */
export function itemName(item: Pick<CatalogItem, 'names'>, language: string): string {
  return item.names[language] ?? item.names.en ?? '';
}
