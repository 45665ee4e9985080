/**
 * Request fold. A request only moves forward: pending, then one final outcome. When two devices
 * answer the same request while apart, the earlier answer by clock wins everywhere; the other is
 * kept in `overridden` so staff can see it, and its hand-out never reaches the stock ledger.
 */
import type { OpOf } from '../ops/op.js';
import { compareOps } from '../ops/order.js';
import { siteField, siteOf, siteOfView, withSite } from '../sites/site.js';
import type { ItemDelta } from './stock.js';
import { originOf, type RequestOutcome, type RequestView } from './views.js';

export type RequestOp = OpOf<'request.created' | 'request.fulfilled' | 'request.declined' | 'request.cancelled'>;

export interface RequestChange {
  readonly view: RequestView;
  /** Stock lines to add (+1) or take back (-1) because the winning outcome changed, with the answer's site. */
  readonly stock: readonly (ItemDelta & { readonly lines: 1 | 0 | -1; readonly site: string })[];
}

export function emptyRequest(id: string): RequestView {
  return { kind: 'request', id, created: null, outcome: null, overridden: [] };
}

export function applyRequestOp(current: RequestView | undefined, op: RequestOp): RequestChange {
  const view = current ?? emptyRequest(op.payload.requestId);
  if (op.type === 'request.created') {
    if (view.created && compareOps({ at: view.created.at, id: view.created.opId }, op) <= 0) return { view, stock: [] };
    return { view: withSite({ ...view, created: { ...op.payload, ...originOf(op) } }, siteOf(op)), stock: [] };
  }
  const outcome = outcomeOf(op);
  const known = view.outcome?.opId === op.id || view.overridden.some((other) => other.opId === op.id);
  if (known) return { view, stock: [] };
  if (view.outcome && byClock(view.outcome, outcome) < 0) {
    // A losing answer hands nothing out, but it still names the items, as it would have had it
    // arrived first and been taken back: the set of stock views must not depend on order.
    return {
      view: { ...view, overridden: sortOutcomes([...view.overridden, outcome]) },
      stock: handOutLines(outcome, 0),
    };
  }
  const previous = view.outcome;
  return {
    view: { ...view, outcome, overridden: previous ? sortOutcomes([...view.overridden, previous]) : view.overridden },
    stock: [...handOutLines(outcome, 1), ...(previous ? handOutLines(previous, -1) : [])],
  };
}

function outcomeOf(op: OpOf<'request.fulfilled' | 'request.declined' | 'request.cancelled'>): RequestOutcome {
  const origin = { ...originOf(op), ...siteField(siteOf(op)) };
  switch (op.type) {
    case 'request.fulfilled':
      return {
        ...origin,
        type: op.payload.partial ? 'partlyFulfilled' : 'fulfilled',
        handedOut: op.payload.handedOut.filter((item) => item.quantity > 0),
        reason: null,
        note: null,
      };
    case 'request.declined':
      return { ...origin, type: 'declined', handedOut: [], reason: op.payload.reason, note: op.payload.note ?? null };
    case 'request.cancelled':
      return { ...origin, type: 'cancelled', handedOut: [], reason: null, note: op.payload.note ?? null };
  }
}

/** A hand-out is a negative ledger line per item; taking it back (sign -1) reverses it. */
function handOutLines(outcome: RequestOutcome, sign: 1 | 0 | -1): RequestChange['stock'] {
  return outcome.handedOut.map((item) => ({
    itemId: item.itemId,
    delta: sign === 0 ? 0 : -item.quantity * sign,
    lines: sign,
    site: siteOfView(outcome),
  }));
}

function byClock(a: RequestOutcome, b: RequestOutcome): number {
  return compareOps({ at: a.at, id: a.opId }, { at: b.at, id: b.opId });
}

function sortOutcomes(outcomes: RequestOutcome[]): RequestOutcome[] {
  return outcomes.sort(byClock);
}

/** pending until answered; `unknown` while only an answer has arrived (its request is still on its way). */
export function requestState(view: RequestView): RequestOutcome['type'] | 'pending' | 'unknown' {
  if (!view.created) return 'unknown';
  return view.outcome ? view.outcome.type : 'pending';
}
