/**
 * Names the profile needs that its own record does not hold: catalog item names (for the items
 * in each request) and staff names (who recorded consent). Both are best effort: the screen
 * still says something useful without them.
 */
import { catalogItems } from '../../core/fold/selectors.js';
import { appOpStore } from '../../sync/app-sync.js';
import { listStaff } from '../../sync/staff-api.js';
import { staffSession } from '../session.js';

/** Catalog item names by item id, each a map of language code to name. */
export async function catalogNames(): Promise<ReadonlyMap<string, Readonly<Record<string, string>>>> {
  const items = catalogItems(await (await appOpStore()).viewsOfKind('item'));
  return new Map(items.map((item) => [item.id, item.names]));
}

/** An item's name in `language`, else in English (every item has one), else null. */
export function itemName(names: Readonly<Record<string, string>> | null | undefined, language: string): string | null {
  return names?.[language] ?? names?.en ?? null;
}

let staffList: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * A staff member's display name: the signed-in person is always known; admins may also ask the
 * server for the others (once per page, and not at all offline). Null when unknown.
 */
export async function staffName(staffId: string): Promise<string | null> {
  const state = staffSession.peek();
  if (state.status !== 'signedIn') return null;
  if (state.session.staff.id === staffId) return state.session.staff.displayName;
  if (state.session.staff.role !== 'admin' || state.offline) return null;
  staffList ??= listStaff().then((result) =>
    result.ok ? new Map(result.value.staff.map((account) => [account.id, account.displayName])) : new Map(),
  );
  const names = await staffList;
  if (names.size === 0) staffList = undefined; // failed: ask again next time
  return names.get(staffId) ?? null;
}
