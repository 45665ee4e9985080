/**
 * Stores pushed ops exactly once, with the views they change, in one SQLite transaction per
 * batch, and answers per op: accepted, duplicate, or rejected with a reason. A rejected op never
 * blocks the ones behind it; a retried batch after a lost response comes back as duplicates.
 */
import type { Database } from 'better-sqlite3';
import { applyOp } from '../../../src/core/fold/apply.js';
import { SETTINGS_KEY, type View, viewKey } from '../../../src/core/fold/views.js';
import { describeIssues } from '../../../src/core/issues.js';
import { stampTime } from '../../../src/core/ops/clock.js';
import { Op } from '../../../src/core/ops/op.js';
import type { PushResult } from '../../../src/core/sync/api.js';
import { type PushContext, type RuleFacts, refusalFor } from '../../sync/op-rules.js';
import { pushedOpId, refusalAudits, settledOp, storedAnswer } from '../../sync/push-batch.js';
import { ingestCutoff, storedFormOf } from '../../sync/retention-ingest.js';
import type { Pusher, PushInput, SessionSpan, StoredBatch } from '../types.js';
import { recordAudit } from './audit.js';
import { findDevice, noteDeviceSynced } from './devices.js';
import { serverIdOf } from './feed.js';
import { sessionsOverlapping } from './sessions.js';
import { findStaffById } from './staff.js';
import { type StaffChange, staffHistoryOf, stateInHistory } from './staff-history.js';
import { prepared } from './statements.js';
import { readView, writeView } from './views-table.js';

/**
 * The views a batch changes, each read from the table at most once and written once when the
 * batch ends (issue 19: each op re-read and re-wrote its views as JSON). Reads see the batch's
 * own changes; a view remembers the cursor of the last op that changed it, as before.
 */
export class BatchViews {
  private readonly known = new Map<string, View | undefined>();
  private readonly changed = new Map<string, { readonly view: View; readonly cursor: number }>();

  constructor(private readonly db: Database) {}

  get(key: string): View | undefined {
    if (!this.known.has(key)) this.known.set(key, readView(this.db, key));
    return this.known.get(key);
  }

  set(key: string, view: View, cursor: number): void {
    this.known.set(key, view);
    this.changed.set(key, { view, cursor });
  }

  /** Writes every changed view once. The caller holds the transaction. */
  write(): void {
    for (const [key, { view, cursor }] of this.changed) writeView(this.db, key, view, cursor);
    this.changed.clear();
  }
}

function remembered<T>(memo: Map<string, T>, key: string, load: () => T): T {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as T;
}

/**
 * How far around an op's time a batch reads a staff member's sessions at once: the ops of one
 * push are made within hours of each other, so one read serves the whole batch.
 */
const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The records the op rules read, looked up in this database (inside the batch's transaction). */
function factsOf(db: Database, views: BatchViews): RuleFacts {
  // A batch changes no device, staff record, account history or session: each is read once per
  // batch, not once per op (issue 19: these look-ups were a sixth of storing a push).
  const devices = new Map<string, ReturnType<RuleFacts['device']>>();
  const staff = new Map<string, ReturnType<RuleFacts['staff']>>();
  const histories = new Map<string, StaffChange[]>();
  const sessions = new Map<string, { readonly from: number; readonly until: number; readonly spans: SessionSpan[] }>();
  return {
    device: (id) => remembered(devices, id, () => findDevice(db, id)),
    staff: (id) => remembered(staff, id, () => findStaffById(db, id)),
    staffStateAt: (staffId, at) =>
      stateInHistory(
        remembered(histories, staffId, () => staffHistoryOf(db, staffId)),
        at,
      ),
    sessionsOverlapping(staffId, from, until) {
      let read = sessions.get(staffId);
      if (!read || from < read.from || until > read.until) {
        const window = { from: from - SESSION_WINDOW_MS, until: until + SESSION_WINDOW_MS };
        read = { ...window, spans: sessionsOverlapping(db, staffId, window.from, window.until) };
        sessions.set(staffId, read);
      }
      // Every span overlapping [from, until] overlaps the wider window read: the same answer.
      return read.spans.filter((span) => span.from <= until && span.until >= from);
    },
    siteExists: (siteId) => views.get(viewKey('site', siteId))?.kind === 'site',
  };
}

/** Stores a pushed batch (and notes the pusher's sync) in one transaction. */
export function storeOps(db: Database, input: PushInput): StoredBatch {
  const { ops, pusher, now, deviceTime } = input;
  const push: PushContext = { now: now.getTime(), skewMs: deviceTime === undefined ? 0 : now.getTime() - deviceTime };
  const findById = prepared(db, 'SELECT body FROM ops WHERE id = ?').pluck();
  const findBySeq = prepared(db, 'SELECT id FROM ops WHERE device_id = ? AND device_seq = ?').pluck();

  return db.transaction((): StoredBatch => {
    const views = new BatchViews(db);
    const facts = factsOf(db, views);
    const before = ingestCutoff(views.get(SETTINGS_KEY), now);
    let accepted = 0;
    const results = ops.map((raw, index): PushResult => {
      const parsed = Op.safeParse(raw);
      const id = pushedOpId(raw, index);
      if (!parsed.success) {
        return { id, status: 'rejected', reason: 'invalid', message: describeIssues(parsed.error.issues) };
      }
      const op = parsed.data;
      const settled = settledOp(op, push);
      const { op: stored } = storedFormOf(settled, before);
      const existing = findById.get(op.id) as string | undefined;
      if (existing !== undefined) return storedAnswer(id, existing, op, before);
      const refusal = refusalFor(facts, op, pusher, push);
      if (refusal) return { id, status: 'rejected', ...refusal };
      if (findBySeq.get(op.deviceId, op.seq) !== undefined) {
        return {
          id,
          status: 'rejected',
          reason: 'sequence_conflict',
          message: 'This device already sent an op with this number.',
        };
      }

      appendOp(
        db,
        stored,
        { receivedAt: now, pushedByDevice: pusher.device?.id ?? null, pushedByStaff: pusher.staff?.id ?? null },
        views,
      );
      if (op.type === 'participant.viewed') auditProfileView(db, op, pusher);
      accepted += 1;
      return settled === op ? { id, status: 'accepted' } : { id, status: 'accepted', at: settled.at };
    });
    views.write();
    for (const entry of refusalAudits(results, pusher)) recordAudit(db, now, entry);
    if (input.noteSyncOf !== undefined) noteDeviceSynced(db, input.noteSyncOf, now);
    return { results, accepted };
  })();
}

/**
 * Appends one op that has passed every check and folds it into the batch's views, which remember
 * its cursor (written when the batch ends: `views.write()`). The caller holds the transaction.
 */
export function appendOp(
  db: Database,
  op: Op,
  origin: { readonly receivedAt: Date; readonly pushedByDevice: string | null; readonly pushedByStaff: string | null },
  views: BatchViews,
  /** The op as stored text, when the caller has already written it (a push compares it first). */
  body: string = JSON.stringify(op),
): number {
  const cursor = Number(
    prepared(
      db,
      `INSERT INTO ops (id, device_id, device_seq, type, at, actor, body, received_at, pushed_by_device, pushed_by_staff)
       VALUES (@id, @deviceId, @seq, @type, @at, @actor, @body, @receivedAt, @pushedByDevice, @pushedByStaff)`,
    ).run({ ...op, body, ...origin, receivedAt: origin.receivedAt.toISOString() }).lastInsertRowid,
  );
  for (const [key, view] of applyOp(op, (k) => views.get(k))) views.set(key, view, cursor);
  return cursor;
}

/** The server's own ops (the seed catalog), once per marker kept in the meta table. */
export function appendServerOpsOnce(
  db: Database,
  marker: string,
  now: Date,
  makeOps: (serverId: string) => readonly Op[],
): boolean {
  return db.transaction(() => {
    if (prepared(db, 'SELECT 1 FROM meta WHERE key = ?').get(marker)) return false;
    const views = new BatchViews(db);
    for (const op of makeOps(serverIdOf(db))) {
      appendOp(db, op, { receivedAt: now, pushedByDevice: null, pushedByStaff: null }, views);
    }
    views.write();
    prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?)').run(marker, now.toISOString());
    return true;
  })();
}

/**
 * Every look at a profile is in the audit log, at the time it happened (it may arrive later from
 * an offline laptop). The participant is named by id only; the log holds no personal data.
 */
function auditProfileView(db: Database, op: Op & { type: 'participant.viewed' }, pusher: Pusher): void {
  const paired = findDevice(db, op.deviceId) !== undefined;
  recordAudit(db, new Date(stampTime(op.at)), {
    action: 'participant.viewed',
    actorId: op.actor,
    deviceId: paired ? op.deviceId : (pusher.device?.id ?? null),
    target: op.payload.participantId,
  });
}
