/**
 * The replacement kit a reversal report offers: the catalog's naloxone kit (its picture says so,
 * whatever admins named it), within the same per-visit limit and stock as its tile.
 */
import type { NeedTile } from './needs.js';

/** The first naloxone kit tile that is tracked stock, in catalog order, or null if there is none. */
export function naloxoneKitTile(tiles: readonly NeedTile[]): NeedTile | null {
  return tiles.find((tile) => tile.item.icon === 'naloxone' && tile.item.kind === 'tracked') ?? null;
}
