/** What the catalog screens read from this device's views: every item (retired too) and the hours. */
import { type CatalogItem, catalogItems, type Settings, settingsOf } from '../../core/fold/selectors.js';
import { SETTINGS_KEY, type View } from '../../core/fold/views.js';
import { appOpStore } from '../../sync/app-sync.js';

/** All items in kiosk order, retired ones included. */
export async function listItems(): Promise<CatalogItem[]> {
  return catalogItems(await (await appOpStore()).viewsOfKind('item'));
}

/** Opening hours and the open-now override (the defaults until an admin has set hours). */
export async function readSettings(): Promise<Settings> {
  const view = await (await appOpStore()).view(SETTINGS_KEY);
  return settingsOf(new Map<string, View>(view ? [[SETTINGS_KEY, view]] : []));
}

/** Items shown on the kiosk, and those retired, each in kiosk order. */
export function splitRetired(items: readonly CatalogItem[]): { active: CatalogItem[]; retired: CatalogItem[] } {
  return { active: items.filter((item) => !item.retired), retired: items.filter((item) => item.retired) };
}
