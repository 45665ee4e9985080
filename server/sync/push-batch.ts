/**
 * The engine-free parts of storing a pushed batch: naming each answer, and which refusals go to
 * the audit log. Every storage engine stores a batch with these and server/sync/op-rules.ts.
 */
import { settledStamp } from '../../src/core/ops/clock.js';
import type { Op } from '../../src/core/ops/op.js';
import { anonymiseOp } from '../../src/core/retention/anonymise.js';
import type { PushResult } from '../../src/core/sync/api.js';
import type { AuditRecord, Pusher } from '../storage/types.js';
import type { PushContext } from './op-rules.js';

/** The id an answer names: the op's own if it has a plausible one, else its place in the batch. */
export function pushedOpId(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : `#${index}`;
}

/** Refusals that say someone tried to act as another person, device or role. */
const AUTHORITY_REFUSALS = new Set([
  'actor_not_signed_in',
  'actor_disabled',
  'forbidden',
  'device_mismatch',
  'unknown_actor',
]);

/**
 * Ops refused for who or where they claim to come from go to the audit log: one entry per reason
 * per push, naming the pusher, so an attempt to act in someone else's name is seen.
 */
export function refusalAudits(results: readonly PushResult[], pusher: Pusher): AuditRecord[] {
  const counts = new Map<string, number>();
  for (const result of results) {
    if (result.reason && AUTHORITY_REFUSALS.has(result.reason)) {
      counts.set(result.reason, (counts.get(result.reason) ?? 0) + 1);
    }
  }
  return [...counts].map(([reason, count]) => ({
    action: 'sync.refused',
    actorId: pusher.staff?.id ?? null,
    deviceId: pusher.device?.id ?? null,
    detail: { reason, count },
  }));
}

/**
 * The op as the server stores it: its stamp settled on the server's clock (`settledStamp`: a
 * stamp far in the future moves back, ADR 0022). The rules still judge the op as it was sent.
 */
export function settledOp(op: Op, push: PushContext): Op {
  const at = settledStamp(op.at, push.now, push.skewMs);
  return at === op.at ? op : { ...op, at };
}

/**
 * The answer for an op whose id is stored already. The same op again is a duplicate; so is the
 * same op with another stamp (the server moved its stamp back, or the device corrected its clock
 * before sending it again, after a lost answer), and then the answer names the stamp kept; and so
 * is the same op once the retention job has rewritten the stored one (`before`: its cut-off).
 * Anything else reuses the id and is refused.
 */
export function storedAnswer(id: string, existing: string, op: Op, before: string): PushResult {
  const duplicate = { id, status: 'duplicate' as const };
  if (existing === JSON.stringify(op)) return duplicate;
  const kept = JSON.parse(existing) as Op;
  const underRetention = (candidate: Op) => JSON.stringify(anonymiseOp(candidate, before));
  if (typeof kept.at === 'string' && underRetention({ ...op, at: kept.at }) === underRetention(kept)) {
    return kept.at === op.at ? duplicate : { ...duplicate, at: kept.at };
  }
  return { id, status: 'rejected', reason: 'id_conflict', message: 'Another op with this id is already stored.' };
}
