/**
 * Stores pushed ops exactly once, with the views they change, in one SQLite transaction per
 * batch, and answers per op: accepted, duplicate, or rejected with a reason. A rejected op never
 * blocks the ones behind it; a retried batch after a lost response comes back as duplicates.
 */
import type { Database } from 'better-sqlite3';
import { applyOp } from '../../src/core/fold/apply.js';
import { describeIssues } from '../../src/core/issues.js';
import { stampTime } from '../../src/core/ops/clock.js';
import { Op } from '../../src/core/ops/op.js';
import type { PushResult } from '../../src/core/sync/api.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
import { type PushContext, refusalFor } from './op-rules.js';
import { readView, writeView } from './views-table.js';

export interface StoredBatch {
  readonly results: PushResult[];
  /** How many ops were new (accepted). */
  readonly accepted: number;
}

/**
 * Stores a pushed batch. `deviceTime` is what the pushing device's clock read when it sent the
 * batch, if it said: it lets the server place the ops' stamps on its own clock.
 */
export function storeOps(
  db: Database,
  ops: readonly unknown[],
  caller: Caller,
  now: Date,
  deviceTime?: number,
): StoredBatch {
  const push: PushContext = { now: now.getTime(), skewMs: deviceTime === undefined ? 0 : now.getTime() - deviceTime };
  const findById = db.prepare('SELECT body FROM ops WHERE id = ?').pluck();
  const findBySeq = db.prepare('SELECT id FROM ops WHERE device_id = ? AND device_seq = ?').pluck();

  return db.transaction((): StoredBatch => {
    let accepted = 0;
    const results = ops.map((raw, index): PushResult => {
      const parsed = Op.safeParse(raw);
      const id = idOf(raw, index);
      if (!parsed.success) {
        return { id, status: 'rejected', reason: 'invalid', message: describeIssues(parsed.error.issues) };
      }
      const op = parsed.data;
      const body = JSON.stringify(op);
      const existing = findById.get(op.id) as string | undefined;
      if (existing !== undefined) {
        return existing === body
          ? { id, status: 'duplicate' }
          : { id, status: 'rejected', reason: 'id_conflict', message: 'Another op with this id is already stored.' };
      }
      const refusal = refusalFor(db, op, caller, push);
      if (refusal) return { id, status: 'rejected', ...refusal };
      if (findBySeq.get(op.deviceId, op.seq) !== undefined) {
        return {
          id,
          status: 'rejected',
          reason: 'sequence_conflict',
          message: 'This device already sent an op with this number.',
        };
      }

      appendOp(db, op, {
        receivedAt: now,
        pushedByDevice: caller.device?.id ?? null,
        pushedByStaff: caller.staff?.id ?? null,
      });
      if (op.type === 'participant.viewed') auditProfileView(db, op, caller);
      accepted += 1;
      return { id, status: 'accepted' };
    });
    auditRefusals(db, results, caller, now);
    return { results, accepted };
  })();
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
 * per push, naming the caller, so an attempt to act in someone else's name is seen.
 */
function auditRefusals(db: Database, results: readonly PushResult[], caller: Caller, now: Date): void {
  const counts = new Map<string, number>();
  for (const result of results) {
    if (result.reason && AUTHORITY_REFUSALS.has(result.reason)) {
      counts.set(result.reason, (counts.get(result.reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of counts) {
    recordAudit(db, now, {
      action: 'sync.refused',
      actorId: caller.staff?.id ?? null,
      deviceId: caller.device?.id ?? null,
      detail: { reason, count },
    });
  }
}

/**
 * Appends one op that has passed every check and folds it into the views, which remember its
 * cursor. The caller holds the transaction.
 */
export function appendOp(
  db: Database,
  op: Op,
  origin: { readonly receivedAt: Date; readonly pushedByDevice: string | null; readonly pushedByStaff: string | null },
): number {
  const cursor = Number(
    db
      .prepare(
        `INSERT INTO ops (id, device_id, device_seq, type, at, actor, body, received_at, pushed_by_device, pushed_by_staff)
         VALUES (@id, @deviceId, @seq, @type, @at, @actor, @body, @receivedAt, @pushedByDevice, @pushedByStaff)`,
      )
      .run({ ...op, body: JSON.stringify(op), ...origin, receivedAt: origin.receivedAt.toISOString() }).lastInsertRowid,
  );
  for (const [key, view] of applyOp(op, (k) => readView(db, k))) writeView(db, key, view, cursor);
  return cursor;
}

/**
 * Every look at a profile is in the audit log, at the time it happened (it may arrive later from
 * an offline laptop). The participant is named by id only; the log holds no personal data.
 */
function auditProfileView(db: Database, op: Op & { type: 'participant.viewed' }, caller: Caller): void {
  const paired = db.prepare('SELECT 1 FROM devices WHERE id = ?').get(op.deviceId) !== undefined;
  recordAudit(db, new Date(stampTime(op.at)), {
    action: 'participant.viewed',
    actorId: op.actor,
    deviceId: paired ? op.deviceId : (caller.device?.id ?? null),
    target: op.payload.participantId,
  });
}

function idOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : `#${index}`;
}
