/**
 * What the inventory screens read from this device's views (so they work offline): the stock
 * list, and one item with its history.
 */
import {
  type CatalogItem,
  catalogItems,
  type StockStatus,
  stockLevels,
  stockStatus,
} from '../../core/fold/selectors.js';
import type { RequestView, StockView } from '../../core/fold/views.js';
import type { SiteFilter } from '../../core/sites/site.js';
import { openDropinDb } from '../../store/db.js';
import { getDeviceIdentity } from '../../store/device-identity.js';
import { localDeviceId } from '../../store/op-ids.js';
import { appOpStore } from '../../sync/app-sync.js';
import {
  type EarlierMovements,
  earlierMovements,
  type HistoryLine,
  historyLines,
  type RequestFacts,
} from './inventory-history.js';

export interface StockRow {
  readonly item: CatalogItem;
  readonly onHand: number;
  readonly status: StockStatus;
}

/**
 * Tracked items in kiosk order. Services have no stock; a retired item is shown only while the
 * ledger still has some (or is below zero), so nothing on the shelf goes unseen.
 */
export function stockRows(items: readonly CatalogItem[], levels: ReadonlyMap<string, number>): StockRow[] {
  return items
    .filter((item) => item.kind === 'tracked')
    .map((item) => {
      const onHand = levels.get(item.id) ?? 0;
      return { item, onHand, status: stockStatus(onHand, item.minimum) };
    })
    .filter((row) => !row.item.retired || row.onHand !== 0);
}

/** The stock list of `site`. */
export async function listStock(site: SiteFilter): Promise<StockRow[]> {
  const store = await appOpStore();
  const [items, stock] = await Promise.all([store.viewsOfKind('item'), store.viewsOfKind('stock')]);
  return stockRows(catalogItems(items, site), stockLevels(stock, site));
}

export interface ItemStock extends StockRow {
  /** Newest first. */
  readonly history: HistoryLine[];
  /** Movements made before this device's first sync (it has their sum, not their ops). */
  readonly earlier: EarlierMovements | null;
  /** Ops from this browser carry this id. */
  readonly thisDeviceId: string;
}

/** One tracked item of `site` with its history, or null for an unknown item (or another site's) or a service. */
export async function itemStock(itemId: string, site: SiteFilter): Promise<ItemStock | null> {
  const store = await appOpStore();
  const [items, stock, ops] = await Promise.all([
    store.viewsOfKind('item'),
    store.view(`stock:${itemId}`) as Promise<StockView | undefined>,
    store.history(`stock:${itemId}`),
  ]);
  const item = catalogItems(items, site).find((candidate) => candidate.id === itemId);
  if (item?.kind !== 'tracked') return null;
  const onHand = stock?.onHand ?? 0;
  const requests = new Map<string, RequestFacts>();
  for (const op of ops) {
    if (op.type !== 'request.fulfilled' || requests.has(op.payload.requestId)) continue;
    const view = (await store.view(`request:${op.payload.requestId}`)) as RequestView | undefined;
    requests.set(op.payload.requestId, {
      ticket: view?.created?.ticket ?? null,
      winningOpId: view?.outcome?.opId ?? null,
    });
  }
  const history = historyLines(ops, itemId, requests);
  return {
    item,
    onHand,
    status: stockStatus(onHand, item.minimum),
    history,
    earlier: earlierMovements(stock ?? { onHand: 0, lines: 0 }, history),
    thisDeviceId: await thisDeviceId(),
  };
}

/** The id this browser stamps its ops with: its paired identity, else its own random id. */
async function thisDeviceId(): Promise<string> {
  const identity = await getDeviceIdentity().catch(() => null);
  return identity?.id ?? localDeviceId(await openDropinDb());
}

/** On hand now for these items (after an action, to say the new number). */
export async function onHandOf(itemIds: readonly string[]): Promise<Map<string, number>> {
  const levels = stockLevels(await (await appOpStore()).viewsOfKind('stock'));
  return new Map(itemIds.map((itemId) => [itemId, levels.get(itemId) ?? 0]));
}
