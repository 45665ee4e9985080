/**
 * The kiosk's participant directory in IndexedDB, laid out in segments
 * (`src/core/kiosk/directory-segments.ts`): writes append inside the caller's transaction, so a
 * pulled page or a snapshot keeps its directory entries and its cursor together; look-ups read by
 * index the few segments holding a card hash or a name word, then keep only current entries.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DirectoryEntry } from '../core/fold/directory.js';
import {
  appendedSegments,
  currentEntries,
  currentOfFound,
  type DirectorySegment,
  foundIn,
  latestPerPerson,
  segmentsOf,
  shouldCompact,
} from '../core/kiosk/directory-segments.js';
import type { DropinDb, DropinSchema } from './db.js';

const STORE = 'directorySegments';
/** The stores a directory write needs: the segments, and `meta` for the compaction record. */
export const DIRECTORY_STORES = [STORE, 'meta'] as const;
/** Any writing transaction whose scope includes `DIRECTORY_STORES` (IndexedDB throws if it does not). */
type DirectoryTx = IDBPTransaction<DropinSchema, ArrayLike<StoreNames<DropinSchema>>, 'readwrite' | 'versionchange'>;

/** How many segments the last compaction (or snapshot) left, as kept in `meta`. */
async function segmentsAfterCompaction(tx: DirectoryTx): Promise<number> {
  const stored = (await tx.objectStore('meta').get('directoryCompaction')) as { segments?: unknown } | undefined;
  return typeof stored?.segments === 'number' ? stored.segments : 0;
}

async function rewrite(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  const store = tx.objectStore(STORE);
  const segments = segmentsOf(entries, 0);
  await store.clear();
  await Promise.all([
    ...segments.map((segment) => store.put(segment)),
    tx.objectStore('meta').put({ segments: segments.length }, 'directoryCompaction'),
  ]);
}

/**
 * Inside `tx`: stores `entries` (newer entries for the same people replace theirs), compacting the
 * directory once superseded copies have piled up.
 */
export async function putDirectoryEntries(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const store = tx.objectStore(STORE);
  const [lastCursor, count, compacted] = await Promise.all([
    store.openCursor(null, 'prev'),
    store.count(),
    segmentsAfterCompaction(tx),
  ]);
  const last = lastCursor?.value;
  const written = appendedSegments(last, entries);
  const segmentCount = count + written.length - (last && written[0]?.seq === last.seq ? 1 : 0);
  if (shouldCompact(segmentCount, compacted)) {
    const all = await store.getAll();
    const byReplaced = new Map(all.map((segment) => [segment.seq, segment]));
    for (const segment of written) byReplaced.set(segment.seq, segment);
    await rewrite(tx, currentEntries([...byReplaced.values()]));
    return;
  }
  await Promise.all(written.map((segment) => store.put(segment)));
}

/** Inside `tx`: the directory becomes `entries` and nothing else (a snapshot). */
export function replaceDirectory(tx: DirectoryTx, entries: readonly DirectoryEntry[]): Promise<void> {
  return rewrite(tx, latestPerPerson(entries));
}

/** Inside `tx`: the kiosk holds nobody (revoked, or forgetting everyone). */
export async function clearDirectory(tx: DirectoryTx): Promise<void> {
  await Promise.all([tx.objectStore(STORE).clear(), tx.objectStore('meta').delete('directoryCompaction')]);
}

/** Every person's current entry, by participant id (tests and the upgrade). */
export async function allDirectoryEntries(db: DropinDb): Promise<DirectoryEntry[]> {
  return currentEntries(await db.getAll(STORE));
}

/**
 * The current entries holding `key` in `index`: the segments that list it (by index), their
 * entries that hold it, and of those only the ones no later segment supersedes.
 */
async function lookUp(
  db: DropinDb,
  index: 'byCardHash' | 'bySearchKey',
  key: string,
  holds: (entry: DirectoryEntry) => boolean,
): Promise<DirectoryEntry[]> {
  const tx = db.transaction(STORE);
  const segments: DirectorySegment[] = await tx.store.index(index).getAll(key);
  const found = foundIn(segments, holds);
  const people = [...new Set(found.map(({ entry }) => entry.participantId))];
  const holding = await Promise.all(people.map((id) => tx.store.index('byParticipant').getAllKeys(id)));
  const newest = new Map(people.map((id, at) => [id, Math.max(...(holding[at] ?? []))]));
  return currentOfFound(found, (id) => newest.get(id) ?? -1);
}

/** The current entries holding this card hash (the caller checks `active`). */
export function directoryByCardHash(db: DropinDb, tokenHash: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'byCardHash', tokenHash, (entry) => entry.cardHashes.includes(tokenHash));
}

/** The current entries with this normalised name word among their search keys. */
export function directoryBySearchKey(db: DropinDb, word: string): Promise<DirectoryEntry[]> {
  return lookUp(db, 'bySearchKey', word, (entry) => entry.searchKeys.includes(word));
}
