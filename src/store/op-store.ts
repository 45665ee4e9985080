/**
 * The device's op log, views and outbox over one IndexedDB database. Every write is one
 * transaction, so a user action, a pulled page or a snapshot is kept whole or not at all.
 */

import type { DirectoryEntry } from '../core/fold/directory.js';
import type { View } from '../core/fold/views.js';
import type { SameDayRecord } from '../core/kiosk/same-day.js';
import { formatTicket, nextTicketCounter } from '../core/kiosk/tickets.js';
import { compareOps, type Op } from '../core/ops/op.js';
import { z } from '../core/schema.js';
import type { DeviceStorageReport, SnapshotResponse } from '../core/sync/api.js';
import {
  correctedNow,
  keepSettledStamps,
  noteServerClock,
  type ServerClockMeasure,
  type SettledStamp,
} from './clock-offset.js';
import type { DropinDb, RejectedOp, StoredOp } from './db.js';
import { allDirectoryEntries, directoryByCardHash, directoryBySearchKey, restDirectory } from './directory-store.js';
import { forgetPeople, purgeKioskHistory, sameDayRecords, sameDayRecordsOf } from './kiosk-retention.js';
import {
  OP_WRITE_STORES,
  type OpAuthor,
  runWrite,
  type SitedDraft,
  writeOpInTransaction,
  writeOpsInTransaction,
} from './op-write.js';
import { applyPulledPage, type PulledPage } from './pulled-page.js';
import { requeueOwnOps } from './server-replaced.js';
import { applySnapshot } from './snapshot-apply.js';
import { StorageFullError } from './storage-errors.js';

export { localDeviceId } from './op-ids.js';
export type { OpAuthor, SitedDraft } from './op-write.js';
export type { PulledPage } from './pulled-page.js';

export interface SyncCursor {
  readonly serverId: string;
  readonly cursor: number;
}
const SyncCursor = z.object({ serverId: z.string(), cursor: z.number().int().min(0) });

export interface OpStore {
  /**
   * One user action, in one transaction: next seq and clock stamp, the op appended to the log,
   * folded into the views and queued in the outbox. Throws `InvalidOpError` for a draft the
   * schema refuses and `StorageFullError` when the device is out of space; either way nothing
   * is written.
   */
  record(draft: SitedDraft, author: OpAuthor): Promise<Op>;
  /**
   * What this device should tell the server of its storage (sent with each sync): 'full' since a
   * write failed for want of space, 'ok' since a user action was saved again, undefined until
   * either happened on this page (a reload does not know, so it says nothing rather than 'ok').
   */
  storageReport(): DeviceStorageReport | undefined;
  /** Several ops that make one action (e.g. revoke a lost card and issue its replacement), all in one transaction. */
  recordAll(drafts: readonly SitedDraft[], author: OpAuthor): Promise<Op[]>;
  /**
   * A check-in that hands out a ticket: the device's counter for `day` moves on and the ops built
   * with the new ticket are written, in one transaction, so a ticket is never given twice nor
   * lost. Without a letter no ticket is given (null).
   */
  recordWithTicket(
    ticket: { readonly letter: string | null; readonly day: string },
    build: (ticket: string | null) => readonly SitedDraft[],
    author: OpAuthor,
  ): Promise<{ ops: Op[]; ticket: string | null }>;
  /**
   * Applies a pulled page in one transaction: ops not yet in the log, the clock moved past their
   * stamps, view records and directory entries replaced, and the cursor set last (so it never
   * runs ahead of what was applied). Returns how many ops were new.
   */
  applyPulled(page: PulledPage): Promise<number>;
  /** Replaces views and directory with a snapshot, re-applies the outbox on top, sets the cursor. */
  applySnapshot(snapshot: SnapshotResponse): Promise<void>;
  getCursor(): Promise<SyncCursor | null>;
  /** Forgets the cursor: the next sync bootstraps from a snapshot. */
  resetCursor(): Promise<void>;
  /**
   * The server's database was replaced (restored from a backup): forgets the cursor and puts back
   * in the outbox every op of this device's own that the log holds (refused ones aside), so the
   * server gets again those it lacks. Returns how many were put back.
   */
  resendToReplacedServer(): Promise<number>;
  /** Up to `limit` outbox ops, oldest (lowest seq) first. */
  outboxBatch(limit: number): Promise<Op[]>;
  outboxCount(): Promise<number>;
  /** The server has these ops (accepted or duplicate): drop them from the outbox. */
  acknowledge(ids: readonly string[]): Promise<void>;
  /** The server refused these: move them to `rejected`, never to be retried. */
  reject(results: readonly { id: string; reason: string; message: string }[]): Promise<void>;
  /** The server kept these ops with other stamps (ADR 0022): this device keeps the same. */
  keepSettledStamps(stamps: readonly SettledStamp[]): Promise<void>;
  /**
   * The server's clock read `serverTime` just now: corrects this device's stamps if its clock is
   * off, moving its unsent ops with it; true when some moved (the views need folding again).
   */
  noteServerClock(measure: ServerClockMeasure): Promise<boolean>;
  /** This device's clock as its stamps read it (corrected by the server's, once it is known). */
  deviceTime(): Promise<number>;
  /** Refused ops, oldest refusal first. */
  rejectedOps(): Promise<RejectedOp[]>;
  setLastSyncAt(iso: string): Promise<void>;
  getLastSyncAt(): Promise<string | null>;
  view(key: string): Promise<View | undefined>;
  viewsOfKind<K extends View['kind']>(kind: K): Promise<Extract<View, { kind: K }>[]>;
  allViews(): Promise<Map<string, View>>;
  directory(): Promise<DirectoryEntry[]>;
  /** Directory entries holding this card hash (an index lookup; the caller checks `active`). */
  directoryByCardHash(tokenHash: string): Promise<DirectoryEntry[]>;
  /** Directory entries with this normalised name word among their search keys (an index lookup). */
  directoryBySearchKey(word: string): Promise<DirectoryEntry[]>;
  /** Every op that changed `viewKey` (e.g. `stock:<itemId>`), oldest first by clock. */
  history(viewKey: string): Promise<Op[]>;
  /** The whole local log by clock (tests and debugging). */
  allOps(): Promise<Op[]>;
  /** Kiosks only: keeps no more of its visits and requests than the same-day rules need (now). */
  purgeKioskHistory(): Promise<void>;
  /** A kiosk's records of today's visits and requests, for a participant checking in again. */
  sameDayRecords(): Promise<SameDayRecord[]>;
  /** What `returningVisit` needs of `sameDayRecords()` for one participant on `day`, by index. */
  sameDayRecordsOf(participantId: string, day: string): Promise<SameDayRecord[]>;
  /** A revoked kiosk: the directory and everything naming people go; the outbox stays. */
  forgetPeople(): Promise<void>;
}

function opOf(stored: StoredOp): Op {
  const { viewKeys: _viewKeys, fromReplacedServer: _replaced, ...op } = stored;
  return op as Op;
}

function byClock(stored: StoredOp[]): Op[] {
  return stored.map(opOf).sort(compareOps);
}

export function createOpStore(db: DropinDb, options: { now?: () => number } = {}): OpStore {
  const now = options.now ?? Date.now;
  /** Directory entries were stored since the directory last came to rest (see `restDirectory`). */
  let directoryGrew = false;
  let storage: DeviceStorageReport | undefined;
  /** A user action's write: its outcome is what the device reports of its storage. */
  const action = <T>(write: Promise<T>): Promise<T> =>
    write.then(
      (value) => {
        storage = 'ok';
        return value;
      },
      (error: unknown) => {
        if (error instanceof StorageFullError) storage = 'full';
        throw error;
      },
    );
  /** Any other write (a pulled page) can only tell that the storage is full, not that an action would fit. */
  const other = <T>(write: Promise<T>): Promise<T> =>
    write.catch((error: unknown) => {
      if (error instanceof StorageFullError) storage = 'full';
      throw error;
    });

  return {
    storageReport: () => storage,

    record: (draft, author) =>
      action(runWrite(db, OP_WRITE_STORES, (tx) => writeOpInTransaction(tx, draft, author, now()))),

    recordAll: (drafts, author) =>
      action(runWrite(db, OP_WRITE_STORES, (tx) => writeOpsInTransaction(tx, drafts, author, now))),

    recordWithTicket: ({ letter, day }, build, author) =>
      action(
        runWrite(db, OP_WRITE_STORES, async (tx) => {
          let ticket: string | null = null;
          if (letter) {
            const meta = tx.objectStore('meta');
            const counter = nextTicketCounter(await meta.get('ticketCounter'), day);
            await meta.put(counter, 'ticketCounter');
            ticket = formatTicket(letter, counter.last);
          }
          const ops = await writeOpsInTransaction(tx, build(ticket), author, now);
          return { ops, ticket };
        }),
      ),

    applyPulled: async (page) => {
      const fresh = await other(applyPulledPage(db, page, now));
      directoryGrew ||= page.directory.length > 0;
      if (directoryGrew && !page.more) {
        directoryGrew = false;
        // Its failure leaves a whole, correct directory (only slower to search); the next catch-up tries again.
        await restDirectory(db).catch(() => undefined);
      }
      return fresh;
    },

    applySnapshot: (snapshot) => applySnapshot(db, snapshot),

    async getCursor() {
      const parsed = SyncCursor.safeParse(await db.get('meta', 'syncCursor'));
      return parsed.success ? parsed.data : null;
    },

    resetCursor: () => runWrite(db, ['meta'], (tx) => tx.objectStore('meta').delete('syncCursor')),

    resendToReplacedServer: () => requeueOwnOps(db),

    outboxBatch: async (limit) => (limit > 0 ? db.getAll('outbox', undefined, limit) : []),

    outboxCount: () => db.count('outbox'),

    acknowledge: (ids) =>
      runWrite(db, ['outbox'], async (tx) => {
        const outbox = tx.objectStore('outbox');
        const byId = outbox.index('byId');
        // All looked up at once, then all deleted: one volley each, not a round trip per op.
        const seqs = await Promise.all(ids.map((id) => byId.getKey(id)));
        await Promise.all(seqs.flatMap((seq) => (seq === undefined ? [] : [outbox.delete(seq)])));
      }),

    reject: (results) =>
      runWrite(db, ['outbox', 'rejected'], async (tx) => {
        const outbox = tx.objectStore('outbox');
        const rejected = tx.objectStore('rejected');
        const rejectedAt = new Date(now()).toISOString();
        // An id listed twice is moved once, with its first reason.
        const once = results.filter(({ id }, index) => results.findIndex((other) => other.id === id) === index);
        const queued = await Promise.all(once.map(({ id }) => outbox.index('byId').get(id)));
        await Promise.all(
          once.flatMap(({ reason, message }, index) => {
            const op = queued[index];
            return op ? [outbox.delete(op.seq), rejected.put({ op, reason, message, rejectedAt })] : [];
          }),
        );
      }),

    keepSettledStamps: (stamps) => keepSettledStamps(db, stamps, now()),

    noteServerClock: (measure) => noteServerClock(db, measure, now()),

    deviceTime: () => correctedNow(db, now()),

    async rejectedOps() {
      const rejected = await db.getAll('rejected');
      return rejected.sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt) || compareOps(a.op, b.op));
    },

    async setLastSyncAt(iso) {
      await runWrite(db, ['meta'], (tx) => tx.objectStore('meta').put(iso, 'lastSyncAt'));
    },

    async getLastSyncAt() {
      const stored = await db.get('meta', 'lastSyncAt');
      return typeof stored === 'string' ? stored : null;
    },

    view: (key) => db.get('views', key),

    viewsOfKind: async <K extends View['kind']>(kind: K) =>
      (await db.getAllFromIndex('views', 'byKind', kind)) as Extract<View, { kind: K }>[],

    async allViews() {
      const tx = db.transaction('views');
      // Keys and values of one transaction come back in the same (key) order.
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return new Map(keys.map((key, index) => [key, values[index] as View]));
    },

    directory: () => allDirectoryEntries(db),

    directoryByCardHash: (tokenHash) => directoryByCardHash(db, tokenHash),

    directoryBySearchKey: (word) => directoryBySearchKey(db, word),

    history: async (viewKey) => byClock(await db.getAllFromIndex('ops', 'byViewKey', viewKey)),

    allOps: async () => byClock(await db.getAll('ops')),

    purgeKioskHistory: () => purgeKioskHistory(db, now()),

    sameDayRecords: () => sameDayRecords(db),

    sameDayRecordsOf: (participantId, day) => sameDayRecordsOf(db, participantId, day),

    forgetPeople: () => forgetPeople(db),
  };
}
