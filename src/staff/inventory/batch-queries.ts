/** What the box and walk-up forms read from this device's views: the rows to type in and the whole catalog. */
import { type CatalogItem, catalogItems, stockLevels } from '../../core/fold/selectors.js';
import type { SiteFilter } from '../../core/sites/site.js';
import { appOpStore } from '../../sync/app-sync.js';
import { type StockRow, stockRows } from './inventory-queries.js';

export interface BatchStock {
  /** Tracked items still in the catalog, in kiosk order. */
  readonly rows: readonly StockRow[];
  /** Every item (retired ones too), so a line for an item retired meanwhile is named as such. */
  readonly items: readonly CatalogItem[];
  readonly onHand: ReadonlyMap<string, number>;
}

/** The rows, items and stock of `site`. */
export async function batchStock(site: SiteFilter): Promise<BatchStock> {
  const store = await appOpStore();
  const [views, stock] = await Promise.all([store.viewsOfKind('item'), store.viewsOfKind('stock')]);
  const items = catalogItems(views, site);
  const onHand = stockLevels(stock, site);
  return { rows: stockRows(items, onHand).filter((row) => !row.item.retired), items, onHand };
}
