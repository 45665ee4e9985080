/** What the catalog screens read from this device's views: a site's items (retired too) and its hours. */
import { type CatalogItem, catalogItems, type Settings, settingsOf } from '../../core/fold/selectors.js';
import { settingsKey, type View } from '../../core/fold/views.js';
import type { SiteFilter } from '../../core/sites/site.js';
import { appOpStore } from '../../sync/app-sync.js';

/** The items of `site` (`'all'`: the program's) in kiosk order, retired ones included. */
export async function listItems(site: SiteFilter): Promise<CatalogItem[]> {
  return catalogItems(await (await appOpStore()).viewsOfKind('item'), site);
}

/** The site's opening hours, open-now override and waiting times (the defaults until an admin has set them). */
export async function readSettings(site: string): Promise<Settings> {
  const key = settingsKey(site);
  const view = await (await appOpStore()).view(key);
  return settingsOf(new Map<string, View>(view ? [[key, view]] : []), site);
}

/** Items shown on the kiosk, and those retired, each in kiosk order. */
export function splitRetired(items: readonly CatalogItem[]): { active: CatalogItem[]; retired: CatalogItem[] } {
  return { active: items.filter((item) => !item.retired), retired: items.filter((item) => item.retired) };
}
