/**
 * The browser's IndexedDB database: its name, version and upgrades. Each version appends one
 * `if (oldVersion < N)` block, so a device on any older version walks every step in order.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { DirectoryEntry } from '../core/fold/directory.js';
import type { View } from '../core/fold/views.js';
import type { DirectorySegment } from '../core/kiosk/directory-segments.js';
import type { SameDayRecord } from '../core/kiosk/same-day.js';
import type { Op } from '../core/ops/op.js';
import { replaceDirectory } from './directory-store.js';

export const DB_NAME = 'lead-dropin';
export const DB_VERSION = 5;

/** Keys of the small key-value store `meta`, and what each holds (validated on read). */
export type MetaKey =
  | 'deviceIdentity'
  | 'staffSession'
  | 'signOutPending'
  /** The last op seq this database handed out (a counter, so seqs never repeat). */
  | 'opSeq'
  /** The kiosk's ticket counter for the center day (`TicketCounter`). */
  | 'ticketCounter'
  /** The hybrid logical clock state (`HlcState`) after the last local or received stamp. */
  | 'clock'
  /** A random device id for a browser that was never paired. */
  | 'localDeviceId'
  /** `{ serverId, cursor }` of the last applied pull or snapshot. */
  | 'syncCursor'
  /** ISO time of the last successful sync. */
  | 'lastSyncAt'
  /** The report page's last result (`LastReport`), shown when the server cannot be reached. */
  | 'lastReport'
  /** The device ids this database has written ops as (`readAuthors` in op-write.ts). */
  | 'authors'
  /** Server clock minus this device's clock (ms), once they differ by minutes (`clock-offset.ts`). */
  | 'clockOffset';

/**
 * An op in the local log, with the view keys it changed (for an item's or request's history).
 * `fromReplacedServer`: another device's op held when the server's database was replaced; the
 * views since come from the new server's snapshot, so it is folded again if that server sends it.
 */
export type StoredOp = Op & { readonly viewKeys: string[]; readonly fromReplacedServer?: true };

/** An op the server refused: kept for staff to see, never retried. */
export interface RejectedOp {
  readonly op: Op;
  readonly reason: string;
  readonly message: string;
  readonly rejectedAt: string;
}

export interface DropinSchema extends DBSchema {
  meta: { key: MetaKey; value: unknown };
  ops: { key: string; value: StoredOp; indexes: { byViewKey: string } };
  views: {
    key: string;
    value: View;
    /**
     * v4: `byParticipantDay` holds visit views (a participant's visit on a day); `byRequestVisit`
     * request views by the visit they were made at. The kiosk's check-in reads these, never all history.
     */
    indexes: { byKind: string; byParticipantDay: [string, string]; byRequestVisit: string };
  };
  outbox: { key: number; value: Op; indexes: { byId: string } };
  rejected: { key: string; value: RejectedOp };
  /** v2–v4 only: one record per person. v5 moves it into `directorySegments` and deletes it. */
  directory: { key: string; value: DirectoryEntry; indexes: { byCardHash: string; bySearchKey: string } };
  /**
   * v5: the participant directory in segments (`src/core/kiosk/directory-segments.ts`), indexed by
   * the people, card hashes and search keys each holds: a scan or a typed name reads the segments
   * that hold it, never the whole directory.
   */
  directorySegments: {
    key: number;
    value: DirectorySegment;
    indexes: { byParticipant: string; byCardHash: string; bySearchKey: string };
  };
  /**
   * A kiosk's minimal records of today's synced visits and requests (`sameDayKey`). v4: visit
   * records by participant and day, and every record by the visit it belongs to.
   */
  sameDay: { key: string; value: SameDayRecord; indexes: { byParticipantDay: [string, string]; byVisit: string } };
}

export type DropinDb = IDBPDatabase<DropinSchema>;

type UpgradeTx = IDBPTransaction<DropinSchema, StoreNames<DropinSchema>[], 'versionchange'>;

function upgrade(db: DropinDb, oldVersion: number, _newVersion: number | null, tx: UpgradeTx): void {
  if (oldVersion < 1) db.createObjectStore('meta');
  if (oldVersion < 2) {
    const ops = db.createObjectStore('ops', { keyPath: 'id' });
    // multiEntry: one index entry per view key, so "every op that touched stock:<id>" is one lookup.
    ops.createIndex('byViewKey', 'viewKeys', { multiEntry: true });
    const views = db.createObjectStore('views');
    views.createIndex('byKind', 'kind');
    // Keyed by seq so the outbox reads back oldest first without sorting.
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq' });
    outbox.createIndex('byId', 'id', { unique: true });
    db.createObjectStore('rejected', { keyPath: 'op.id' });
    db.createObjectStore('directory', { keyPath: 'participantId' });
  }
  // The steps that rework the old directory run one after the other, in this upgrade's transaction.
  let directoryStep: Promise<void> = Promise.resolve();
  if (oldVersion < 3) {
    db.createObjectStore('sameDay');
    if (oldVersion >= 2) directoryStep = dropDirectoryWithLastNames(tx);
  }
  if (oldVersion < 4) {
    // Indexes only: IndexedDB builds them over what the stores already hold, and nothing is dropped.
    const directory = tx.objectStore('directory');
    directory.createIndex('byCardHash', 'cardHashes', { multiEntry: true });
    directory.createIndex('bySearchKey', 'searchKeys', { multiEntry: true });
    // A record without both fields (a visitor's visit, another kind of view) is simply not in the index.
    const views = tx.objectStore('views');
    views.createIndex('byParticipantDay', ['participantId', 'day']);
    views.createIndex('byRequestVisit', 'created.visitId');
    const sameDay = tx.objectStore('sameDay');
    sameDay.createIndex('byParticipantDay', ['participantId', 'day']);
    sameDay.createIndex('byVisit', 'visitId');
  }
  if (oldVersion < 5) {
    const segments = db.createObjectStore('directorySegments', { keyPath: 'seq' });
    segments.createIndex('byParticipant', 'participantIds', { multiEntry: true });
    segments.createIndex('byCardHash', 'cardHashes', { multiEntry: true });
    segments.createIndex('bySearchKey', 'searchKeys', { multiEntry: true });
    if (oldVersion < 2) db.deleteObjectStore('directory');
    else directoryStep = directoryStep.then(() => moveDirectoryIntoSegments(db, tx));
  }
  // A failed step aborts the whole upgrade (a failed request already has), and the next open tries again.
  directoryStep.catch(() => abortQuietly(tx));
}

function abortQuietly(tx: UpgradeTx): void {
  try {
    tx.abort();
  } catch {
    // Already aborting: a failed request aborts its transaction by itself.
  }
}

/**
 * The directory of one record per person, as segments: the same people, so a kiosk that upgrades
 * while offline still recognises everyone. The old store goes once its records are moved.
 */
async function moveDirectoryIntoSegments(db: DropinDb, tx: UpgradeTx): Promise<void> {
  await replaceDirectory(tx, await tx.objectStore('directory').getAll());
  db.deleteObjectStore('directory');
}

/**
 * Directories before v3 held last names in their search keys. A kiosk that has one forgets it and
 * its cursor, so the next sync takes a fresh snapshot. A staff device has no directory, so its
 * cursor stays; op log and outbox are never touched.
 */
async function dropDirectoryWithLastNames(tx: UpgradeTx): Promise<void> {
  const directory = tx.objectStore('directory');
  if ((await directory.count()) === 0) return;
  await Promise.all([directory.clear(), tx.objectStore('meta').delete('syncCursor')]);
}

/**
 * Opens (and upgrades) a database by name: a new connection every call. Tests use it to hold
 * two "devices" in one process; the app uses `openDropinDb()`.
 */
export function openDatabase(name: string = DB_NAME): Promise<DropinDb> {
  const opened: Promise<DropinDb> = openDB<DropinSchema>(name, DB_VERSION, {
    upgrade,
    // Another tab is opening a newer version: step aside so its upgrade can run.
    blocking() {
      void opened.then((db) => db.close());
    },
  });
  return opened;
}

let opening: Promise<DropinDb> | undefined;

/** The open database (opened once per page, upgraded on first open). */
export function openDropinDb(): Promise<DropinDb> {
  opening ??= openDB<DropinSchema>(DB_NAME, DB_VERSION, {
    upgrade,
    // Another tab is opening a newer version: step aside so its upgrade can run.
    blocking() {
      void closeDropinDb();
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Closes the connection; the next `openDropinDb()` opens a fresh one. */
export async function closeDropinDb(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}

/** Reads one meta value (unknown: the caller validates it). */
export async function readMeta(key: MetaKey): Promise<unknown> {
  const db = await openDropinDb();
  return db.get('meta', key);
}

/** Writes one meta value and waits until it is durably stored. */
export async function writeMeta(key: MetaKey, value: unknown): Promise<void> {
  const db = await openDropinDb();
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(value, key), tx.done]);
}

/** Deletes one meta value. */
export async function deleteMeta(key: MetaKey): Promise<void> {
  const db = await openDropinDb();
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.delete(key), tx.done]);
}
