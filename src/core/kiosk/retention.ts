/**
 * What a kiosk may keep of its own visits and requests. Until the server has them, everything
 * (they may still be needed to rebuild views). Once it has them, only the same-day records of
 * participants, until the center day ends; nothing of visitors. Then nothing of that day at all.
 */
import { centerDay } from '../day.js';
import { type RequestView, type VisitView, viewKey } from '../fold/views.js';
import { parseStamp } from '../ops/clock.js';
import type { Op } from '../ops/op.js';
import { type SameDayRecord, sameDayKey, sameDayRecordOf } from './same-day.js';

/** What the kiosk holds now, as far as the rules care. */
export interface KioskHoldings {
  /** The center day now (`centerDay`). */
  readonly today: string;
  /** Ids of ops still in the outbox: the server has not answered for them yet. */
  readonly waiting: ReadonlySet<string>;
  /** Visit and request ops in the local log (other ops may be passed; they are left alone). */
  readonly ops: readonly Op[];
  readonly visits: readonly VisitView[];
  readonly requests: readonly RequestView[];
  /** Same-day records kept after earlier purges. */
  readonly kept: readonly SameDayRecord[];
  /** Ops the server refused. */
  readonly rejected: readonly { readonly op: Op }[];
}

/** What to change, all in one transaction. Keys are store keys; ops and refusals by op id. */
export interface KioskPurge {
  readonly deleteOps: string[];
  readonly deleteViews: string[];
  readonly keep: SameDayRecord[];
  readonly forget: string[];
  readonly deleteRejected: string[];
  /** Refused visitor check-ins to store again without the name the visitor gave. */
  readonly replaceRejected: Op[];
}

/**
 * Visit and request ops, and the kiosk's reversal reports: the ones that say who came, what they
 * asked for, or that someone here used naloxone. A report is kept no longer than a visit.
 */
export function isVisitOrRequestOp(op: Pick<Op, 'type'>): boolean {
  return op.type === 'visit.checkedIn' || op.type.startsWith('request.') || op.type === 'overdose.reversalReported';
}

/** The center day of a visit or request op: the day it names, else the day of its clock stamp. */
export function dayOfOp(op: Op, requestDays: ReadonlyMap<string, string> = new Map()): string {
  if (op.type === 'visit.checkedIn' || op.type === 'request.created' || op.type === 'overdose.reversalReported')
    return op.payload.day;
  const named = op.type.startsWith('request.')
    ? requestDays.get((op.payload as { requestId: string }).requestId)
    : null;
  return named ?? centerDay(new Date(parseStamp(op.at)?.wall ?? 0));
}

/** The same op without the first name a visitor gave (other ops unchanged). */
export function withoutVisitorName(op: Op): Op {
  if (op.type !== 'visit.checkedIn' || op.payload.who !== 'visitor' || op.payload.name === null) return op;
  return { ...op, payload: { ...op.payload, name: null } };
}

function opIdsOf(view: VisitView | RequestView): string[] {
  if (view.kind === 'visit') return [view.opId];
  return [view.created?.opId, view.outcome?.opId, ...view.overridden.map((o) => o.opId)].filter(
    (id): id is string => id !== undefined,
  );
}

/**
 * The changes that leave the kiosk holding only what it may: answered ops leave the log; answered
 * views become same-day records (participants) or go (visitors); earlier days go altogether.
 */
export function planKioskPurge(holdings: KioskHoldings): KioskPurge {
  const { today, waiting } = holdings;
  const earlier = (day: string) => day < today;
  const answered = (view: VisitView | RequestView) => opIdsOf(view).every((id) => !waiting.has(id));
  const requestDays = new Map<string, string>();
  for (const request of holdings.requests) if (request.created) requestDays.set(request.id, request.created.day);

  const plan: KioskPurge = {
    deleteOps: [],
    deleteViews: [],
    keep: [],
    forget: [],
    deleteRejected: [],
    replaceRejected: [],
  };
  for (const op of holdings.ops) {
    if (!isVisitOrRequestOp(op)) continue;
    // An op still waiting stays in the outbox whatever happens here; the log copy may go.
    if (earlier(dayOfOp(op, requestDays)) || !waiting.has(op.id)) plan.deleteOps.push(op.id);
  }
  for (const view of [...holdings.visits, ...holdings.requests]) {
    const day = view.kind === 'visit' ? view.day : view.created?.day;
    const key = view.kind === 'visit' ? viewKey('visit', view.visitId) : viewKey('request', view.id);
    if (day !== undefined && earlier(day)) plan.deleteViews.push(key);
    else if (answered(view)) {
      plan.deleteViews.push(key);
      const record = sameDayRecordOf(view);
      if (record) plan.keep.push(record);
    }
  }
  for (const record of holdings.kept) if (earlier(record.day)) plan.forget.push(sameDayKey(record));
  for (const { op } of holdings.rejected) {
    if (!isVisitOrRequestOp(op)) continue;
    // Staff signing in on this tablet can see today's refusals (Today → This device); older ones
    // help nobody on a lobby tablet and still say who came.
    if (earlier(dayOfOp(op, requestDays))) plan.deleteRejected.push(op.id);
    else if (withoutVisitorName(op) !== op) plan.replaceRejected.push(withoutVisitorName(op));
  }
  return plan;
}
