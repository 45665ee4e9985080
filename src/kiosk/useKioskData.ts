/**
 * What the kiosk's screens read from this tablet: the catalog, stock on hand and settings (hours
 * and the open-now override). Re-read after every local write and sync round.
 */
import { useEffect, useState } from 'preact/hooks';
import { type CatalogItem, catalogItems, type Settings, settingsOf, stockLevels } from '../core/fold/selectors.js';
import { SETTINGS_KEY, type View } from '../core/fold/views.js';
import { appOpStore, dataVersion } from '../sync/app-sync.js';

export interface KioskData {
  readonly items: readonly CatalogItem[];
  readonly onHand: ReadonlyMap<string, number>;
  readonly settings: Settings;
}

async function readKioskData(): Promise<KioskData> {
  const store = await appOpStore();
  const [items, stock, settings] = await Promise.all([
    store.viewsOfKind('item'),
    store.viewsOfKind('stock'),
    store.view(SETTINGS_KEY),
  ]);
  const views = new Map<string, View>(settings ? [[SETTINGS_KEY, settings]] : []);
  return { items: catalogItems(items), onHand: stockLevels(stock), settings: settingsOf(views) };
}

/** The kiosk's data, or null until it has been read once. */
export function useKioskData(): KioskData | null {
  const [data, setData] = useState<KioskData | null>(null);
  const version = dataVersion.value;
  useEffect(() => {
    let current = true;
    void readKioskData()
      .then((read) => {
        if (current) setData(read);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [version]);
  return data;
}
