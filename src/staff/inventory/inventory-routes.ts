/** Addresses in the Inventory section: the list, the count form, one item. */

export const INVENTORY_PATH = '/staff/inventory';
export const COUNT_PATH = '/staff/inventory/count';
/** A box of several items received in one go (the first-day checklist links here). */
export const BOX_PATH = '/staff/inventory/box';
/** A walk-up hand-out of several items. */
export const WALK_UP_PATH = '/staff/inventory/walk-up';

export function itemHref(itemId: string): string {
  return `${INVENTORY_PATH}/${encodeURIComponent(itemId)}`;
}

/** An item's page opened at its Receive form (Today's "stock to watch" links here). */
export function receiveHref(itemId: string): string {
  return `${itemHref(itemId)}#${RECEIVE_ANCHOR}`;
}

/** The id of the item page's Receive panel. */
export const RECEIVE_ANCHOR = 'receive';

export type InventoryRoute =
  | { page: 'list' }
  | { page: 'count' }
  | { page: 'box' }
  | { page: 'walkUp' }
  | { page: 'item'; itemId: string }
  | { page: 'unknown' };

/** What a path below /staff/inventory shows (item ids are 8+ characters, so never "count"). */
export function inventoryRoute(path: string): InventoryRoute {
  const rest = path.slice(INVENTORY_PATH.length).replace(/\/+$/, '').replace(/^\//, '');
  if (rest === '') return { page: 'list' };
  if (rest === 'count') return { page: 'count' };
  if (rest === 'box') return { page: 'box' };
  if (rest === 'walk-up') return { page: 'walkUp' };
  if (/^[A-Za-z0-9_-]{8,64}$/.test(rest)) return { page: 'item', itemId: rest };
  return { page: 'unknown' };
}
