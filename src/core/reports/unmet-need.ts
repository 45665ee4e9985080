/**
 * Unmet need: what people asked for and did not get, by item and reason, from the winning answer
 * of each request made in the range. Case-manager topics are talks, not hand-outs (see talks.ts).
 */
import { isTopic } from '../catalog/topics.js';
import { itemLabel, type ReportHistory } from './history.js';
import { type DayRange, inRange } from './range.js';

/** Why something asked for was not handed out. Pending requests are not counted. */
export type UnmetReason = 'outOfStock' | 'limitReached' | 'declinedOther' | 'partlyHandedOut' | 'cancelled';

export const UNMET_REASONS: readonly UnmetReason[] = [
  'outOfStock',
  'limitReached',
  'declinedOther',
  'partlyHandedOut',
  'cancelled',
];

export interface UnmetRow<C> {
  readonly itemId: string;
  readonly name: string;
  readonly reason: UnmetReason;
  /** How many of the item were asked for and not handed out. */
  readonly quantity: C;
  /** In how many requests. */
  readonly requests: C;
}

/** One row per item and reason, by name then reason. */
export function unmetNeed(history: ReportHistory, range: DayRange): UnmetRow<number>[] {
  const sums = new Map<string, { itemId: string; reason: UnmetReason; quantity: number; requests: number }>();
  const add = (itemId: string, reason: UnmetReason, quantity: number) => {
    if (quantity <= 0) return;
    const key = `${itemId}\u0000${reason}`;
    const sum = sums.get(key) ?? { itemId, reason, quantity: 0, requests: 0 };
    sum.quantity += quantity;
    sum.requests += 1;
    sums.set(key, sum);
  };
  for (const request of history.requests) {
    const outcome = request.outcome;
    if (!outcome || !inRange(request.created.day, range)) continue;
    for (const asked of request.created.items) {
      if (isTopic(history.items.get(asked.itemId))) continue;
      if (outcome.type === 'cancelled') add(asked.itemId, 'cancelled', asked.quantity);
      else if (outcome.type === 'declined') {
        const reason = outcome.reason === 'other' || outcome.reason === null ? 'declinedOther' : outcome.reason;
        add(asked.itemId, reason, asked.quantity);
      } else {
        const given = outcome.handedOut.find((line) => line.itemId === asked.itemId)?.quantity ?? 0;
        add(asked.itemId, 'partlyHandedOut', asked.quantity - given);
      }
    }
  }
  return [...sums.values()]
    .map((sum) => ({ ...sum, name: itemLabel(history, sum.itemId) }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'en') ||
        (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0) ||
        UNMET_REASONS.indexOf(a.reason) - UNMET_REASONS.indexOf(b.reason),
    );
}
