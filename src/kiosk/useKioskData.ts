/**
 * What the kiosk's screens read from this tablet: its site's catalog, stock on hand, settings (hours,
 * limits and the open-now override) and where it is. Re-read after every local write and sync round.
 */
import { useEffect, useState } from 'preact/hooks';
import { type CatalogItem, catalogItems, type Settings, settingsOf, stockLevels } from '../core/fold/selectors.js';
import { settingsKey, type View, viewKey } from '../core/fold/views.js';
import { type Site, siteDetails } from '../core/sites/sites.js';
import { storedSite } from '../store/device-identity-read.js';
import { readView, readViewsOfKind } from '../store/view-reads.js';
import { thisDevice } from '../sync/device-state.js';
import { dataVersion } from '../sync/status.js';

export interface KioskData {
  readonly items: readonly CatalogItem[];
  readonly onHand: ReadonlyMap<string, number>;
  readonly settings: Settings;
  /** The site this kiosk is at (its name, address and phone); null until its details arrive. */
  readonly site: Site | null;
}

/**
 * A kiosk's feed holds only its own site's catalog, stock and settings, but one paired again at
 * another site may still hold the old site's until its first snapshot: the site filter hides them.
 */
export async function readKioskData(): Promise<KioskData> {
  // Straight from the database (no op store, no schemas): the welcome screen waits for this.
  const site = await storedSite();
  const [items, stock, settings, details] = await Promise.all([
    readViewsOfKind('item'),
    readViewsOfKind('stock'),
    readView(settingsKey(site)),
    readView(viewKey('site', site)),
  ]);
  const views = new Map<string, View>();
  if (settings) views.set(settingsKey(site), settings);
  if (details) views.set(viewKey('site', site), details);
  return {
    items: catalogItems(items, site),
    onHand: stockLevels(stock, site),
    settings: settingsOf(views, site),
    site: siteDetails(views, site),
  };
}

/** The kiosk's data, or null until it has been read once (after the device identity is known). */
export function useKioskData(): KioskData | null {
  const [data, setData] = useState<KioskData | null>(null);
  const version = dataVersion.value;
  // Pairing (again), or learning the site from the server, re-reads for the new site.
  const identity = thisDevice.value;
  useEffect(() => {
    if (identity === undefined) return;
    let current = true;
    void readKioskData()
      .then((read) => {
        if (current) setData(read);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [version, identity]);
  return data;
}
