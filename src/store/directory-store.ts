/**
 * The kiosk's participant directory in IndexedDB, laid out in segments
 * (`src/core/kiosk/directory-segments.ts`), all in the one `directorySegments` store: writes run
 * inside the caller's transaction, so a pulled page or a snapshot keeps its directory entries and
 * its cursor together; look-ups read by index the few segments holding a card hash or a name
 * word, and the tail, and keep only current entries.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DirectoryEntry } from '../core/fold/directory.js';
import {
  appendedSegments,
  currentEntries,
  currentOfFound,
  foundIn,
  rewrittenSegments,
  TAIL_AT_REST,
  TAIL_START,
} from '../core/kiosk/directory-segments.js';
import type { DropinDb, DropinSchema } from './db.js';

const STORE = 'directorySegments';
/** Any writing transaction whose scope includes the directory's store (IndexedDB throws if it does not). */
type DirectoryTx = IDBPTransaction<DropinSchema, ArrayLike<StoreNames<DropinSchema>>, 'readwrite' | 'versionchange'>;

const tail = () => IDBKeyRange.lowerBound(TAIL_START);

async function rewrite(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  const store = tx.objectStore(STORE);
  const segments = rewrittenSegments(entries);
  await store.clear();
  await Promise.all(segments.map((segment) => store.put(segment)));
}

/**
 * Inside `tx`: stores `entries` (newer entries for the same people replace theirs) in the tail.
 * `restDirectory` rewrites the tail away once the entries stop coming.
 */
export async function putDirectoryEntries(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const store = tx.objectStore(STORE);
  const lastOfTail = (await store.openCursor(tail(), 'prev'))?.value;
  await Promise.all(appendedSegments(lastOfTail, entries).map((segment) => store.put(segment)));
}

/**
 * At the end of a catch-up, in a transaction of its own: a tail of more than `TAIL_AT_REST`
 * segments is rewritten with everyone else, so look-ups read little at rest. Not while pages
 * still arrive: that only rewrote the same people again (a 20,000-person catch-up rewrote 37,000
 * entries on its way). Its own transaction, because the pages it follows are stored already:
 * if it fails (a full disk), the directory is whole and correct, only slower to search, and the
 * next catch-up tries again. It touches no other store, so a check-in need not wait for it.
 */
export async function restDirectory(db: DropinDb): Promise<void> {
  const tx = db.transaction([STORE], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore(STORE);
  try {
    if ((await store.count(tail())) > TAIL_AT_REST) await rewrite(tx, currentEntries(await store.getAll()));
  } catch (error) {
    // Never half a rewrite: the directory stays as it was.
    tx.abort();
    throw error;
  }
  await tx.done;
}

/** Inside `tx`: the directory becomes `entries` and nothing else (a snapshot, or the upgrade to v5). */
export function replaceDirectory(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  return rewrite(tx, entries);
}

/** Inside `tx`: the kiosk holds nobody (revoked, or forgetting everyone). */
export async function clearDirectory(tx: DirectoryTx): Promise<void> {
  await tx.objectStore(STORE).clear();
}

/** Every person's current entry, by participant id. */
export async function allDirectoryEntries(db: DropinDb): Promise<DirectoryEntry[]> {
  return currentEntries(await db.getAll(STORE));
}

/**
 * The current entries holding `key` in `index`: the segments that list it (by index), their
 * entries that hold it, and of those only the ones no later tail segment supersedes.
 */
async function lookUp(
  db: DropinDb,
  index: 'byCardHash' | 'bySearchKey',
  key: string,
  holds: (entry: DirectoryEntry) => boolean,
): Promise<DirectoryEntry[]> {
  const tx = db.transaction(STORE);
  const [listing, tailSegments] = await Promise.all([tx.store.index(index).getAll(key), tx.store.getAll(tail())]);
  return currentOfFound(foundIn(listing, holds), tailSegments);
}

/** The current entries holding this card hash (the caller checks `active`). */
export function directoryByCardHash(db: DropinDb, tokenHash: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'byCardHash', tokenHash, (entry) => entry.cardHashes.includes(tokenHash));
}

/** The current entries with this normalised name word among their search keys. */
export function directoryBySearchKey(db: DropinDb, word: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'bySearchKey', word, (entry) => entry.searchKeys.includes(word));
}
