/**
 * The stock ledger fold. On hand is the sum of deltas, which does not depend on arrival order.
 * A count contributes `counted - believed`, so movements recorded elsewhere meanwhile survive.
 */
import type { OpOf } from '../ops/op.js';
import { joinedSite, withSite } from '../sites/site.js';
import type { StockView } from './views.js';

export type StockOp = OpOf<
  | 'stock.received'
  | 'stock.handedOut'
  | 'stock.adjusted'
  | 'stock.counted'
  | 'stock.batchReceived'
  | 'stock.batchHandedOut'
>;

export interface ItemDelta {
  readonly itemId: string;
  readonly delta: number;
}

/** The change each line of a stock op makes to on-hand quantities. */
export function stockDeltasOf(op: StockOp): ItemDelta[] {
  switch (op.type) {
    case 'stock.received':
      return [{ itemId: op.payload.itemId, delta: op.payload.quantity }];
    case 'stock.handedOut':
      return [{ itemId: op.payload.itemId, delta: -op.payload.quantity }];
    case 'stock.adjusted':
      return [{ itemId: op.payload.itemId, delta: op.payload.delta }];
    case 'stock.counted':
      return op.payload.items.map((item) => ({ itemId: item.itemId, delta: item.counted - item.believed }));
    case 'stock.batchReceived':
      return op.payload.lines.map((line) => ({ itemId: line.itemId, delta: line.quantity }));
    case 'stock.batchHandedOut':
      return op.payload.lines.map((line) => ({ itemId: line.itemId, delta: -line.quantity }));
  }
}

export function emptyStock(itemId: string): StockView {
  return { kind: 'stock', itemId, onHand: 0, lines: 0 };
}

/**
 * Adds one ledger line. `lines` counts lines added minus lines taken back (a request outcome that
 * lost to an earlier one takes its hand-out back), so it too is order-independent. `site` is the
 * site of the op the line comes from (see `joinedSite`).
 */
export function applyStockDelta(
  current: StockView | undefined,
  itemId: string,
  delta: number,
  lines: 1 | 0 | -1,
  site: string,
): StockView {
  const view = current ?? emptyStock(itemId);
  return withSite({ ...view, onHand: view.onHand + delta, lines: view.lines + lines }, joinedSite(current, site));
}
