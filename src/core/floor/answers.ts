/**
 * Staff answers to a request, as op drafts: hand out everything, hand out part of it, say it
 * cannot be done (and why), or cancel. A hand-out lists only items with stock; services (a phone
 * charge, a talk with a case manager) are done without moving stock.
 */
import type { OpDraft } from '../ops/op.js';
import type { DeclineReason } from '../ops/requests.js';
import { cleanNote } from '../text.js';
import type { QueueEntry } from './floor.js';

/** The `Note` schema's limit, in characters: a longer note is cut (the queue card has no error line). */
const NOTE_MAX = 500;

/** Hand out all that was asked. */
export function fulfilAll(entry: QueueEntry): OpDraft {
  return {
    type: 'request.fulfilled',
    payload: {
      requestId: entry.requestId,
      partial: false,
      handedOut: entry.lines.filter((line) => line.tracked).map(({ itemId, quantity }) => ({ itemId, quantity })),
    },
  };
}

export type PartProblem = 'notWhole' | 'tooMany' | 'nothing';

/**
 * Hand out `given` (item id → how many) of what was asked. Each must be a whole number from 0 to
 * the quantity asked; giving everything counts as a full hand-out, giving nothing is not allowed
 * (that is "cannot fulfil").
 */
export function fulfilPart(
  entry: QueueEntry,
  given: ReadonlyMap<string, number>,
): { ok: true; draft: OpDraft } | { ok: false; problem: PartProblem; itemId?: string } {
  let all = true;
  let any = false;
  for (const line of entry.lines) {
    const quantity = given.get(line.itemId) ?? 0;
    if (!Number.isInteger(quantity) || quantity < 0) return { ok: false, problem: 'notWhole', itemId: line.itemId };
    if (quantity > line.quantity) return { ok: false, problem: 'tooMany', itemId: line.itemId };
    if (quantity < line.quantity) all = false;
    if (quantity > 0) any = true;
  }
  if (!any) return { ok: false, problem: 'nothing' };
  return {
    ok: true,
    draft: {
      type: 'request.fulfilled',
      payload: {
        requestId: entry.requestId,
        partial: !all,
        handedOut: entry.lines
          .filter((line) => line.tracked && (given.get(line.itemId) ?? 0) > 0)
          .map((line) => ({ itemId: line.itemId, quantity: given.get(line.itemId) ?? 0 })),
      },
    },
  };
}

export function decline(entry: QueueEntry, reason: DeclineReason, note: string): OpDraft {
  const clean = cleanNote(note, NOTE_MAX);
  return {
    type: 'request.declined',
    payload: { requestId: entry.requestId, reason, ...(clean ? { note: clean } : {}) },
  };
}

export function cancel(entry: QueueEntry, note: string): OpDraft {
  const clean = cleanNote(note, NOTE_MAX);
  return {
    type: 'request.cancelled',
    payload: { requestId: entry.requestId, ...(clean ? { note: clean } : {}) },
  };
}

/** Whether handing out everything would take more than this device believes is on the shelf. */
export function shortOnShelf(entry: QueueEntry): boolean {
  return entry.lines.some((line) => line.tracked && line.onHand !== null && line.onHand < line.quantity);
}
