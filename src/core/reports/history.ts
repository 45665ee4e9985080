/**
 * What every report figure reads: the op log (any order, duplicates once) folded into views,
 * the catalog, and the stock ledger as dated lines. Built once per report.
 */
import { foldOps } from '../fold/apply.js';
import { type CatalogItem, catalogItems } from '../fold/selectors.js';
import { type StockOp, stockDeltasOf } from '../fold/stock.js';
import type { RequestView, View } from '../fold/views.js';
import { compareOps, type Op } from '../ops/op.js';
import type { SiteFilter } from '../sites/site.js';
import { dayOfStamp } from './range.js';
import { opsForSite, viewsForSite } from './sites.js';

/** One movement on the shelf, on the center day it happened. */
export interface LedgerLine {
  readonly itemId: string;
  readonly day: string;
  readonly delta: number;
  /** A hand-out: a request's winning outcome, or a walk-up hand-out. */
  readonly handOut: 'request' | 'walkUp' | null;
}

export interface ReportHistory {
  /** Whose report: one site's, or the whole program's (`'all'`). */
  readonly site: SiteFilter;
  /** Every op once, by clock then id. */
  readonly ops: readonly Op[];
  readonly views: ReadonlyMap<string, View>;
  readonly items: ReadonlyMap<string, CatalogItem>;
  /** Requests that were created (an answer alone is not a request yet). */
  readonly requests: readonly (RequestView & { readonly created: NonNullable<RequestView['created']> })[];
  readonly ledger: readonly LedgerLine[];
}

const STOCK_TYPES = new Set<Op['type']>([
  'stock.received',
  'stock.handedOut',
  'stock.adjusted',
  'stock.counted',
  'stock.batchReceived',
  'stock.batchHandedOut',
]);

/**
 * Folds the ops of `site` for the report functions (see reports/sites.ts). `views` are a device's own views, for a staff device
 * that started from a snapshot and so lacks the ops before it: visits, requests, talks, people
 * and the catalog then come from the views (folding an op they already hold changes nothing
 * there), while the stock ledger and reversal reports can only come from the ops it has.
 */
export function reportHistory(
  ops: Iterable<Op>,
  views?: ReadonlyMap<string, View>,
  site: SiteFilter = 'all',
): ReportHistory {
  const byId = new Map<string, Op>();
  for (const op of opsForSite(ops, site)) if (!byId.has(op.id)) byId.set(op.id, op);
  const sorted = [...byId.values()].sort(compareOps);
  const folded = foldOps(sorted, views && viewsForSite(views, site));
  const items = new Map(catalogItems(folded).map((item) => [item.id, item]));
  const requests: ReportHistory['requests'][number][] = [];
  for (const view of folded.values()) {
    if (view.kind === 'request' && view.created) requests.push(view as ReportHistory['requests'][number]);
  }
  const ledger: LedgerLine[] = [];
  for (const op of sorted) {
    if (!STOCK_TYPES.has(op.type)) continue;
    const walkUp = op.type === 'stock.handedOut' || op.type === 'stock.batchHandedOut' ? 'walkUp' : null;
    for (const line of stockDeltasOf(op as StockOp)) {
      ledger.push({ itemId: line.itemId, day: dayOfStamp(op.at), delta: line.delta, handOut: walkUp });
    }
  }
  // Only the winning answer of a request reaches the shelf (see fold/requests.ts).
  for (const request of requests) {
    for (const line of request.outcome?.handedOut ?? []) {
      const day = dayOfStamp(request.outcome?.at ?? '');
      ledger.push({ itemId: line.itemId, day, delta: -line.quantity, handOut: 'request' });
    }
  }
  return { site, ops: sorted, views: folded, items, requests, ledger };
}

/** The English name of an item, or its id if the catalog does not know it. */
export function itemLabel(history: ReportHistory, itemId: string): string {
  return history.items.get(itemId)?.names.en ?? itemId;
}
