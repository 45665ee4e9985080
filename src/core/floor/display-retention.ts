/**
 * What a lobby display forgets: the calls of earlier center days, their views and their ops. It
 * shows only today's numbers, so that is all it keeps (it never held a name or an item).
 */
import { centerDay } from '../day.js';
import type { CallView } from '../fold/views.js';
import { parseStamp } from '../ops/clock.js';
import { CALL_OP_TYPES, type Op } from '../ops/op.js';

export interface DisplayPurge {
  readonly deleteViews: readonly string[];
  readonly deleteOps: readonly string[];
}

/** The center day a call view belongs to: its call's day, or the day of a lone "no answer". */
function dayOf(view: CallView): string | null {
  if (view.day) return view.day;
  const wall = view.noAnswer ? parseStamp(view.noAnswer.at)?.wall : undefined;
  return wall === undefined ? null : centerDay(new Date(wall));
}

/** The views (by key) and ops (by id) of days before `today`; anything that is not a call goes too. */
export function planDisplayPurge(input: {
  readonly today: string;
  readonly calls: readonly CallView[];
  readonly ops: readonly Op[];
}): DisplayPurge {
  const gone = new Set<string>();
  for (const view of input.calls) {
    const day = dayOf(view);
    if (day !== null && day < input.today) gone.add(view.requestId);
  }
  const deleteOps = input.ops.flatMap((op) => {
    if (!CALL_OP_TYPES.has(op.type)) return [op.id];
    const { requestId } = op.payload as { requestId: string };
    const past = op.type === 'ticket.called' && op.payload.day < input.today;
    return gone.has(requestId) || past ? [op.id] : [];
  });
  return { deleteViews: [...gone].map((requestId) => `call:${requestId}`), deleteOps };
}
