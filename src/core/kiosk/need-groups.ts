/**
 * The first needs screen's groups: which show, in which order, and how much is chosen from each,
 * so every group fits on one screen and each group's page holds only its own few tiles.
 */
import type { NeedTile, TileGroup } from './needs.js';
import { requestedItems } from './needs.js';

/** Kiosk order: everyday things first, the neutral supplies near the end, case-manager talks last. */
export const GROUP_ORDER: readonly TileGroup[] = [
  'food',
  'services',
  'hygiene',
  'clothing',
  'shelter',
  'pets',
  'healthSafety',
  'caseManager',
];

export interface NeedGroup {
  readonly group: TileGroup;
  /** The group's tiles in catalog order. */
  readonly tiles: readonly NeedTile[];
  /** Units chosen from this group (within each tile's maximum). */
  readonly chosen: number;
}

/** The groups that have at least one tile, in kiosk order, each with what is chosen from it. */
export function needGroups(tiles: readonly NeedTile[], chosen: ReadonlyMap<string, number>): NeedGroup[] {
  return GROUP_ORDER.flatMap((group) => {
    const own = tiles.filter((tile) => tile.group === group);
    if (own.length === 0) return [];
    const units = requestedItems(own, chosen).reduce((sum, line) => sum + line.quantity, 0);
    return [{ group, tiles: own, chosen: units }];
  });
}

/**
 * How many columns a page of `count` tiles uses on a wide (landscape) and a tall (portrait)
 * screen, so that every tile fits without scrolling at tablet sizes.
 */
export function tileColumns(count: number): { readonly wide: number; readonly tall: number } {
  const wide = count <= 4 ? Math.max(1, count) : count <= 12 ? 4 : count <= 15 ? 5 : 6;
  const tall = count <= 2 ? Math.max(1, count) : count <= 6 ? 2 : count <= 12 ? 3 : 4;
  return { wide, tall };
}
