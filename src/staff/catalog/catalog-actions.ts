/**
 * What admins do to the catalog and the hours, as ops recorded on this device (offline too) by the
 * signed-in staff member; sync carries them to the server and from there to the kiosks.
 */
import type { ItemFields, OpeningSlotValue } from '../../core/ops/catalog.js';
import { newRandomId } from '../../store/op-ids.js';
import { type ActionResult, recordAsStaff } from '../staff-actions.js';
import type { PositionChange } from './catalog-order.js';

export type { ActionResult } from '../staff-actions.js';

const done = <T>(result: ActionResult<unknown>, value: T): ActionResult<T> =>
  result.ok ? { ok: true, value } : result;

export async function addItem(item: ItemFields): Promise<ActionResult<{ itemId: string }>> {
  const itemId = `item_${newRandomId()}`;
  return done(await recordAsStaff([{ type: 'catalog.itemAdded', payload: { itemId, item } }]), { itemId });
}

/** Records only `changes` (each field: the latest change wins across devices). */
export async function updateItem(itemId: string, changes: Partial<ItemFields>): Promise<ActionResult<null>> {
  return done(await recordAsStaff([{ type: 'catalog.itemUpdated', payload: { itemId, changes } }]), null);
}

/** Takes the item off the kiosks; its history and stock stay. */
export async function retireItem(itemId: string): Promise<ActionResult<null>> {
  return done(await recordAsStaff([{ type: 'catalog.itemRetired', payload: { itemId } }]), null);
}

/** Puts a retired item back on the kiosks, where it was in the order. */
export function bringBackItem(itemId: string): Promise<ActionResult<null>> {
  return updateItem(itemId, { retired: false });
}

/** New kiosk positions, in one transaction, so the order never shows half a move. */
export async function moveItems(changes: readonly PositionChange[]): Promise<ActionResult<null>> {
  if (changes.length === 0) return { ok: true, value: null };
  const drafts = changes.map(({ itemId, position }) => ({
    type: 'catalog.itemUpdated' as const,
    payload: { itemId, changes: { position } },
  }));
  return done(await recordAsStaff(drafts), null);
}

/** Replaces the weekly hours with these slots. */
export async function saveHours(hours: readonly OpeningSlotValue[]): Promise<ActionResult<null>> {
  return done(await recordAsStaff([{ type: 'settings.hoursSet', payload: { hours: [...hours] } }]), null);
}
