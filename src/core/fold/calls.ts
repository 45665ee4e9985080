/**
 * Call fold: one view per called request. The latest call (by clock, then op id) names the
 * ticket; "no answer" counts only when it is later than that call, so any order converges.
 */
import { compareOps, type OpOf } from '../ops/op.js';
import { joinedSite, siteOf, withSite } from '../sites/site.js';
import type { CallView } from './views.js';

export type CallOp = OpOf<'ticket.called' | 'ticket.notAnswered'>;

/** A stamp and the op that wrote it: what the call fold compares. */
export interface Stamped {
  readonly opId: string;
  readonly at: string;
}

function emptyCall(requestId: string): CallView {
  return { kind: 'call', requestId, ticket: null, day: null, calls: 0, lastCall: null, noAnswer: null };
}

const later = (a: Stamped | null, op: { id: string; at: string }): boolean =>
  !a || compareOps({ at: a.at, id: a.opId }, op) < 0;

/** The call view after `op`. Each op id is applied once (the stores see to that). */
export function applyCallOp(current: CallView | undefined, op: CallOp): CallView {
  const view = withSite(current ?? emptyCall(op.payload.requestId), joinedSite(current, siteOf(op)));
  const stamp = { opId: op.id, at: op.at };
  if (op.type === 'ticket.notAnswered') return later(view.noAnswer, op) ? { ...view, noAnswer: stamp } : view;
  const calls = view.calls + 1;
  if (!later(view.lastCall, op)) return { ...view, calls };
  return { ...view, calls, ticket: op.payload.ticket, day: op.payload.day, lastCall: stamp };
}

/** 'called' while the latest call stands, 'noAnswer' after a later "no answer", null if never called. */
export function callStateOf(view: CallView | undefined): 'called' | 'noAnswer' | null {
  if (!view?.lastCall) return null;
  const { noAnswer, lastCall } = view;
  return noAnswer && compareOps({ at: lastCall.at, id: lastCall.opId }, { at: noAnswer.at, id: noAnswer.opId }) < 0
    ? 'noAnswer'
    : 'called';
}
