/**
 * One item's stock history as lines a person reads: what moved and by how much, why, who, when
 * and on which device. Pure: the item page gives it the ops and what it knows of the requests.
 */
import type { Op } from '../../core/ops/op.js';
import type { AdjustReason } from '../../core/ops/stock.js';
import type { MessageKey } from '../../i18n/index.js';

export interface Phrase {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface HistoryLine {
  readonly opId: string;
  /** ISO time the movement was recorded (from the op's clock stamp). */
  readonly at: string;
  readonly actor: string | null;
  readonly deviceId: string;
  /** What it did to on hand: +10, -3, 0 for a hand-out that did not count. */
  readonly change: number;
  readonly what: Phrase;
  readonly reason: MessageKey | null;
  readonly source: string | null;
  readonly note: string | null;
}

/** What the page knows of a request a hand-out answered. */
export interface RequestFacts {
  readonly ticket: string | null;
  /** The id of the answer that counts (the first by clock; null when unknown); a later one moved nothing. */
  readonly winningOpId: string | null;
}

export const ADJUST_REASON: Record<AdjustReason, MessageKey> = {
  damaged: 'inventory.reason.damaged',
  expired: 'inventory.reason.expired',
  lost: 'inventory.reason.lost',
  found: 'inventory.reason.found',
  other: 'inventory.reason.other',
};

/** The clock stamp's first 13 digits are epoch milliseconds. */
export function timeOfStamp(at: string): string {
  return new Date(Number(at.slice(0, 13))).toISOString();
}

/** "+10", "-3", "0". */
export function signed(change: number): string {
  return change > 0 ? `+${change}` : String(change);
}

/**
 * The line for one op of `stock:<itemId>`'s history, or null for an op that moved nothing here
 * (a decline or cancellation that won over a hand-out: that hand-out's own line says so).
 */
export function historyLine(op: Op, itemId: string, requests: ReadonlyMap<string, RequestFacts>): HistoryLine | null {
  const base = { opId: op.id, at: timeOfStamp(op.at), actor: op.actor, deviceId: op.deviceId };
  const plain = { reason: null, source: null, note: null };
  switch (op.type) {
    case 'stock.received': {
      const { quantity, kind, source, note } = op.payload;
      return {
        ...base,
        change: quantity,
        what: { key: `inventory.history.received.${kind}`, values: { quantity } },
        reason: null,
        source: source ?? null,
        note: note ?? null,
      };
    }
    case 'stock.handedOut':
      return {
        ...base,
        ...plain,
        change: -op.payload.quantity,
        what: { key: 'inventory.history.handedOut', values: { quantity: op.payload.quantity } },
        note: op.payload.note ?? null,
      };
    case 'stock.adjusted': {
      const { delta, reason, note } = op.payload;
      const key = delta > 0 ? 'inventory.history.added' : 'inventory.history.removed';
      return {
        ...base,
        change: delta,
        what: { key, values: { quantity: Math.abs(delta) } },
        reason: ADJUST_REASON[reason],
        source: null,
        note: note ?? null,
      };
    }
    case 'stock.counted': {
      const line = op.payload.items.find((item) => item.itemId === itemId);
      if (!line) return null;
      return {
        ...base,
        ...plain,
        change: line.counted - line.believed,
        what: { key: 'inventory.history.counted', values: { counted: line.counted, believed: line.believed } },
        note: op.payload.note ?? null,
      };
    }
    case 'stock.batchReceived': {
      const line = op.payload.lines.find((candidate) => candidate.itemId === itemId);
      if (!line) return null;
      const { kind, source, note } = op.payload;
      return {
        ...base,
        change: line.quantity,
        what: { key: `inventory.history.received.${kind}`, values: { quantity: line.quantity } },
        reason: null,
        source: source ?? null,
        note: note ?? null,
      };
    }
    case 'stock.batchHandedOut': {
      const line = op.payload.lines.find((candidate) => candidate.itemId === itemId);
      if (!line) return null;
      return {
        ...base,
        ...plain,
        change: -line.quantity,
        what: { key: 'inventory.history.handedOut', values: { quantity: line.quantity } },
        note: op.payload.note ?? null,
      };
    }
    case 'request.fulfilled': {
      const quantity = op.payload.handedOut.find((line) => line.itemId === itemId)?.quantity ?? 0;
      const facts = requests.get(op.payload.requestId);
      const counts = !facts?.winningOpId || facts.winningOpId === op.id;
      const ticket = facts?.ticket ?? null;
      const what: Phrase = ticket
        ? { key: 'inventory.history.forRequest', values: { quantity, ticket } }
        : { key: 'inventory.history.forARequest', values: { quantity } };
      return {
        ...base,
        ...plain,
        change: counts ? -quantity : 0,
        what,
        reason: counts ? null : 'inventory.history.answeredTwice',
      };
    }
    default:
      return null;
  }
}

/** Every line of the history, newest first. */
export function historyLines(
  ops: readonly Op[],
  itemId: string,
  requests: ReadonlyMap<string, RequestFacts>,
): HistoryLine[] {
  return ops.flatMap((op) => historyLine(op, itemId, requests) ?? []).reverse();
}

/** Movements this device has no ops for, summed: how many and their net change. */
export interface EarlierMovements {
  readonly count: number;
  readonly change: number;
}

/**
 * A device that started from a server snapshot holds the stock view but not the ops before it.
 * The view's line count and on hand say how many lines are missing and what they add up to, so
 * the history still adds up to on hand. Null when nothing is missing.
 */
export function earlierMovements(
  view: { readonly onHand: number; readonly lines: number },
  lines: readonly HistoryLine[],
): EarlierMovements | null {
  const applied = lines.filter((line) => line.reason !== 'inventory.history.answeredTwice');
  const count = view.lines - applied.length;
  if (count <= 0) return null;
  return { count, change: view.onHand - applied.reduce((sum, line) => sum + line.change, 0) };
}
