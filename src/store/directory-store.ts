/**
 * The kiosk's participant directory in IndexedDB, laid out in segments
 * (`src/core/kiosk/directory-segments.ts`): writes run inside the caller's transaction, so a
 * pulled page or a snapshot keeps its directory entries and its cursor together; look-ups read by
 * index the few segments holding a card hash or a name word, and the tail, and keep only current
 * entries.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DirectoryEntry } from '../core/fold/directory.js';
import {
  appendedSegments,
  currentEntries,
  currentOfFound,
  type DirectorySegment,
  foundIn,
  type RewriteMark,
  rewriteMarkOf,
  rewrittenSegments,
  shouldCompact,
  TAIL_AT_REST,
} from '../core/kiosk/directory-segments.js';
import type { DropinDb, DropinSchema } from './db.js';

const STORE = 'directorySegments';
/** The stores a directory write or look-up needs: the segments, and `meta` for where the rewrite ends. */
export const DIRECTORY_STORES = [STORE, 'meta'] as const;
/** Any writing transaction whose scope includes `DIRECTORY_STORES` (IndexedDB throws if it does not). */
type DirectoryTx = IDBPTransaction<DropinSchema, ArrayLike<StoreNames<DropinSchema>>, 'readwrite' | 'versionchange'>;
type ReadTx = IDBPTransaction<DropinSchema, ArrayLike<StoreNames<DropinSchema>>, IDBTransactionMode>;

/** The highest seq the last rewrite wrote (-1: none, everything is tail), as kept in `meta`. */
async function rewrittenThrough(tx: ReadTx): Promise<number> {
  const stored = (await tx.objectStore('meta').get('directoryCompaction')) as Partial<RewriteMark> | undefined;
  return typeof stored?.through === 'number' ? stored.through : -1;
}

const tailAfter = (through: number) => IDBKeyRange.lowerBound(through, true);

async function rewrite(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  const store = tx.objectStore(STORE);
  const segments = rewrittenSegments(entries);
  await store.clear();
  await Promise.all([
    ...segments.map((segment) => store.put(segment)),
    tx.objectStore('meta').put(rewriteMarkOf(segments), 'directoryCompaction'),
  ]);
}

async function rewriteAll(tx: DirectoryTx, replacing: readonly DirectorySegment[] = []): Promise<void> {
  const bySeq = new Map((await tx.objectStore(STORE).getAll()).map((segment) => [segment.seq, segment]));
  for (const segment of replacing) bySeq.set(segment.seq, segment);
  await rewrite(tx, currentEntries([...bySeq.values()]));
}

/**
 * Inside `tx`: stores `entries` (newer entries for the same people replace theirs). `atRest`: the
 * last page of a catch-up, after which a tail of more than `TAIL_AT_REST` segments is rewritten, so
 * look-ups read little at rest; while pages are still arriving the directory is only rewritten
 * once the tail outgrows the rewrite.
 */
export async function putDirectoryEntries(
  tx: DirectoryTx,
  entries: readonly DirectoryEntry[],
  options: { readonly atRest: boolean },
): Promise<void> {
  if (entries.length === 0 && !options.atRest) return;
  const store = tx.objectStore(STORE);
  const [lastCursor, through] = await Promise.all([store.openCursor(null, 'prev'), rewrittenThrough(tx)]);
  const last = lastCursor?.value;
  const written = appendedSegments(last, through, entries);
  const lastSeq = Math.max(last?.seq ?? -1, written.at(-1)?.seq ?? -1);
  const tail = lastSeq - through;
  if ((options.atRest && tail > TAIL_AT_REST) || shouldCompact(tail, through + 1)) return rewriteAll(tx, written);
  await Promise.all(written.map((segment) => store.put(segment)));
}

/** Inside `tx`: the directory becomes `entries` and nothing else (a snapshot, or the upgrade to v5). */
export function replaceDirectory(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  return rewrite(tx, entries);
}

/** Inside `tx`: the kiosk holds nobody (revoked, or forgetting everyone). */
export async function clearDirectory(tx: DirectoryTx): Promise<void> {
  await Promise.all([tx.objectStore(STORE).clear(), tx.objectStore('meta').delete('directoryCompaction')]);
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
  const tx = db.transaction(DIRECTORY_STORES);
  const store = tx.objectStore(STORE);
  const [listing, tail] = await Promise.all([
    store.index(index).getAll(key),
    rewrittenThrough(tx).then((through) => store.getAll(tailAfter(through))),
  ]);
  return currentOfFound(foundIn(listing, holds), tail);
}

/** The current entries holding this card hash (the caller checks `active`). */
export function directoryByCardHash(db: DropinDb, tokenHash: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'byCardHash', tokenHash, (entry) => entry.cardHashes.includes(tokenHash));
}

/** The current entries with this normalised name word among their search keys. */
export function directoryBySearchKey(db: DropinDb, word: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'bySearchKey', word, (entry) => entry.searchKeys.includes(word));
}
