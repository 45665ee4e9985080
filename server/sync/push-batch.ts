/**
 * The engine-free parts of storing a pushed batch: naming each answer, and which refusals go to
 * the audit log. Every storage engine stores a batch with these and server/sync/op-rules.ts.
 */
import type { PushResult } from '../../src/core/sync/api.js';
import type { AuditRecord, Pusher } from '../storage/types.js';

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
