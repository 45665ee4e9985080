/**
 * Stores pushed ops exactly once, with the views they change, in one PostgreSQL transaction per
 * batch, and answers per op: accepted, duplicate, or rejected with a reason (the same rules and
 * folds as SQLite, run through rule-facts.ts).
 *
 * Every transaction that appends ops first takes one advisory lock, so appends take turns in
 * every server process: cursor order is commit order, as under SQLite's single writer, and a pull
 * reading `cursor > after` can never pass an op that commits later (ADR 0018). A pull does not
 * take the lock; it reads a consistent snapshot (feed.ts).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { applyOp } from '../../../src/core/fold/apply.js';
import { SETTINGS_KEY, type View } from '../../../src/core/fold/views.js';
import { describeIssues } from '../../../src/core/issues.js';
import { stampTime } from '../../../src/core/ops/clock.js';
import { Id } from '../../../src/core/ops/ids.js';
import { Op } from '../../../src/core/ops/op.js';
import type { PushResult } from '../../../src/core/sync/api.js';
import { type PushContext, refusalFor } from '../../sync/op-rules.js';
import { pushedOpId, refusalAudits, settledOp, storedAnswer } from '../../sync/push-batch.js';
import { ingestCutoff, storedFormOf } from '../../sync/retention-ingest.js';
import type { Pusher, PushInput, StoredBatch } from '../types.js';
import { recordAudit } from './audit.js';
import type { PgDb } from './db.js';
import { noteDeviceSynced } from './devices.js';
import { serverIdOf } from './feed.js';
import { notifyNewOps } from './notify.js';
import { computeThrough, createMemo, type FactsMemo } from './rule-facts.js';
import type { PostgresTables } from './tables.js';
import { readView, writeView } from './views-table.js';

const OP_LOG_LOCK = 7_017_018;

interface Origin {
  readonly receivedAt: Date;
  readonly pushedByDevice: string | null;
  readonly pushedByStaff: string | null;
}

/** A transaction holding the op log's append lock. */
export function inOpLogTransaction<T>(
  db: Kysely<PostgresTables>,
  work: (trx: Transaction<PostgresTables>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${OP_LOG_LOCK})`.execute(trx);
    return work(trx);
  });
}

/** Stores a pushed batch (and notes the pusher's sync) in one transaction. */
export function storeOps(db: Kysely<PostgresTables>, input: PushInput): Promise<StoredBatch> {
  const { ops, pusher, now, deviceTime } = input;
  const push: PushContext = { now: now.getTime(), skewMs: deviceTime === undefined ? 0 : now.getTime() - deviceTime };
  return inOpLogTransaction(db, async (trx): Promise<StoredBatch> => {
    const memo = createMemo(trx);
    const stored = await storedBodies(trx, ops);
    const views: ChangedViews = new Map();
    let accepted = 0;
    const results: PushResult[] = [];
    const before = ingestCutoff(await readView(trx, SETTINGS_KEY), now);
    for (const [index, raw] of ops.entries()) {
      const result = await storeOne(trx, memo, stored, raw, index, { pusher, push, now, views, before });
      if (result.status === 'accepted') accepted += 1;
      results.push(result);
    }
    await writeViews(trx, views);
    for (const entry of refusalAudits(results, pusher)) await recordAudit(trx, now, entry);
    if (input.noteSyncOf !== undefined) await noteDeviceSynced(trx, input.noteSyncOf, now);
    if (accepted > 0) await notifyNewOps(trx);
    return { results, accepted };
  });
}

/** The stored body of every op in the batch already in the log, by id: one query, not one per op. */
async function storedBodies(trx: PgDb, ops: readonly unknown[]): Promise<Map<string, string>> {
  const ids = ops.flatMap((raw) => {
    const id = (raw as { id?: unknown } | null)?.id;
    // Only ids an op may have: an op with another is rejected anyway, and a NUL in the text sent
    // to PostgreSQL failed the whole push with a 500 (found by tests/server/fuzz/).
    return Id.safeParse(id).success ? [id as string] : [];
  });
  if (ids.length === 0) return new Map();
  const rows = await trx.selectFrom('ops').select(['id', 'body']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.body]));
}

async function storeOne(
  trx: Transaction<PostgresTables>,
  memo: FactsMemo,
  stored: Map<string, string>,
  raw: unknown,
  index: number,
  context: {
    readonly pusher: Pusher;
    readonly push: PushContext;
    readonly now: Date;
    readonly views: ChangedViews;
    /** The retention cut-off (retention-ingest.ts). */
    readonly before: string;
  },
): Promise<PushResult> {
  const parsed = Op.safeParse(raw);
  const id = pushedOpId(raw, index);
  if (!parsed.success) {
    return { id, status: 'rejected', reason: 'invalid', message: describeIssues(parsed.error.issues) };
  }
  const op = parsed.data;
  const { pusher, push, now, views, before } = context;
  const settled = settledOp(op, push);
  const { op: storedOp, body } = storedFormOf(settled, before);
  const existing = stored.get(op.id);
  if (existing !== undefined) return storedAnswer(id, existing, op, before);
  const refusal = await computeThrough(memo, () => refusalFor(memo.facts, op, pusher, push));
  if (refusal) return { id, status: 'rejected', ...refusal };
  const cursor = await appendOp(
    trx,
    memo,
    storedOp,
    { receivedAt: now, pushedByDevice: pusher.device?.id ?? null, pushedByStaff: pusher.staff?.id ?? null },
    views,
  );
  if (cursor === undefined) {
    return {
      id,
      status: 'rejected',
      reason: 'sequence_conflict',
      message: 'This device already sent an op with this number.',
    };
  }
  stored.set(op.id, body);
  if (op.type === 'participant.viewed') await auditProfileView(trx, memo, op, pusher);
  return settled === op ? { id, status: 'accepted' } : { id, status: 'accepted', at: settled.at };
}

/**
 * The views a batch changed, with the cursor of the last op that changed each: written once when
 * the batch ends (issue 19: each op wrote its views again).
 */
type ChangedViews = Map<string, { readonly view: View; readonly cursor: number }>;

async function writeViews(trx: Transaction<PostgresTables>, views: ChangedViews): Promise<void> {
  for (const [key, { view, cursor }] of views) await writeView(trx, key, view, cursor);
}

/**
 * Appends one op that has passed every check and folds it into the batch's views (`views`, which
 * remember its cursor; written by writeViews when the batch ends); undefined, and nothing written,
 * when the device already sent an op with this number. The caller holds the op log's transaction.
 */
async function appendOp(
  trx: Transaction<PostgresTables>,
  memo: FactsMemo,
  op: Op,
  origin: Origin,
  views: ChangedViews,
): Promise<number | undefined> {
  const row = await trx
    .insertInto('ops')
    .values({
      id: op.id,
      device_id: op.deviceId,
      device_seq: op.seq,
      type: op.type,
      at: op.at,
      actor: op.actor,
      body: JSON.stringify(op),
      received_at: origin.receivedAt.toISOString(),
      pushed_by_device: origin.pushedByDevice,
      pushed_by_staff: origin.pushedByStaff,
    })
    .onConflict((conflict) => conflict.columns(['device_id', 'device_seq']).doNothing())
    .returning('cursor')
    .executeTakeFirst();
  if (!row) return undefined;
  const changed = await computeThrough(memo, () => applyOp(op, (key) => memo.view(key)));
  for (const [key, view] of changed) {
    views.set(key, { view, cursor: row.cursor });
    memo.rememberView(key, view);
  }
  return row.cursor;
}

/** The server's own ops (the seed catalog), once per marker kept in the meta table. */
export function appendServerOpsOnce(
  db: Kysely<PostgresTables>,
  marker: string,
  now: Date,
  makeOps: (serverId: string) => readonly Op[],
): Promise<boolean> {
  return inOpLogTransaction(db, async (trx) => {
    const set = await trx
      .insertInto('meta')
      .values({ key: marker, value: now.toISOString() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .executeTakeFirst();
    if (set.numInsertedOrUpdatedRows !== 1n) return false;
    const memo = createMemo(trx);
    const origin: Origin = { receivedAt: now, pushedByDevice: null, pushedByStaff: null };
    const views: ChangedViews = new Map();
    for (const op of makeOps(await serverIdOf(trx))) {
      if ((await appendOp(trx, memo, op, origin, views)) === undefined) {
        throw new Error(`Server op ${op.id} reuses a number`);
      }
    }
    await writeViews(trx, views);
    await notifyNewOps(trx);
    return true;
  });
}

/**
 * Every look at a profile is in the audit log, at the time it happened (it may arrive later from
 * an offline laptop). The participant is named by id only; the log holds no personal data.
 */
async function auditProfileView(
  trx: PgDb,
  memo: FactsMemo,
  op: Op & { type: 'participant.viewed' },
  pusher: Pusher,
): Promise<void> {
  const paired = (await computeThrough(memo, () => memo.facts.device(op.deviceId))) !== undefined;
  await recordAudit(trx, new Date(stampTime(op.at)), {
    action: 'participant.viewed',
    actorId: op.actor,
    deviceId: paired ? op.deviceId : (pusher.device?.id ?? null),
    target: op.payload.participantId,
  });
}
