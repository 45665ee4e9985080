/**
 * The steps that run inside a write transaction: the next seq and clock stamp, appending an op to
 * the log and folding it into the views. Each takes the transaction (or store) it runs in, so the
 * caller decides what commits together; `runWrite` turns a failure into "nothing was saved".
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { applyOp, applyOpAsync } from '../core/fold/apply.js';
import type { View } from '../core/fold/views.js';
import { formatStamp, type HlcState, initialClock, tickClock } from '../core/ops/clock.js';
import { Op, type OpDraft } from '../core/ops/op.js';
import { DEFAULT_SITE_ID, siteField } from '../core/sites/site.js';
import type { DropinDb, DropinSchema } from './db.js';
import { newRandomId } from './op-ids.js';
import { InvalidOpError, isQuotaExceeded, StorageFullError } from './storage-errors.js';

/** Who records an op: the device, and the signed-in staff member (null on a kiosk). */
export interface OpAuthor {
  readonly deviceId: string;
  readonly actor: string | null;
  /** The device's site, which its ops name; absent: the default site. */
  readonly site?: string;
}

/**
 * What a screen asks to record. An op is about the device's own site unless the draft names
 * another (an admin screen editing another site's catalog or settings).
 */
export type SitedDraft = OpDraft & { readonly site?: string };

export type OpWriteStore = 'ops' | 'views' | 'outbox' | 'meta';
/** The stores one user action writes: log, views, outbox, and meta for the seq and clock. */
export const OP_WRITE_STORES: readonly OpWriteStore[] = ['ops', 'views', 'outbox', 'meta'];
export type OpWriteTx = IDBPTransaction<DropinSchema, readonly OpWriteStore[], 'readwrite'>;

/** The part of the `views` store the fold needs (any transaction over it will do). */
export interface ViewsWriter {
  get(key: string): Promise<View | undefined>;
  put(view: View, key: string): Promise<string>;
}

/** The stored clock, or a fresh one; `node` (this device's id) replaces a stale one after pairing. */
export function readClock(stored: unknown, node?: string): HlcState {
  const clock = isClock(stored) ? stored : initialClock(node ?? '');
  return node === undefined || clock.node === node ? clock : { ...clock, node };
}

function isClock(value: unknown): value is HlcState {
  if (typeof value !== 'object' || value === null) return false;
  const { wall, counter, node } = value as Record<string, unknown>;
  return Number.isSafeInteger(wall) && Number.isSafeInteger(counter) && typeof node === 'string';
}

/** The stored clock offset (`clock-offset.ts`), or none. */
export function readClockOffset(stored: unknown): number {
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : 0;
}

function readSeq(stored: unknown): number {
  return Number.isSafeInteger(stored) && (stored as number) > 0 ? (stored as number) : 0;
}

/** Folds `op` into the views and writes every view it changed; returns their keys. */
export async function applyToViews(views: ViewsWriter, op: Op): Promise<string[]> {
  const changed = await applyOpAsync(op, (key) => views.get(key));
  await Promise.all([...changed].map(([key, view]) => views.put(view, key)));
  return [...changed.keys()];
}

/**
 * Folds many ops, in order, into the views with the views held in memory: every view
 * the ops read is loaded up front in one volley of requests, each op sees the views as the ops
 * before it left them, and every changed view is written once at the end. The result is the
 * same as applying the ops one by one with `applyToViews`; it returns each op's view keys.
 */
export async function applyAllToViews(views: ViewsWriter, ops: readonly Op[]): Promise<string[][]> {
  const current = new Map<string, View | undefined>();
  const load = async (keys: Iterable<string>) => {
    const wanted = [...new Set(keys)].filter((key) => !current.has(key));
    const loaded = await Promise.all(wanted.map((key) => views.get(key)));
    for (const [index, key] of wanted.entries()) current.set(key, loaded[index]);
  };
  /** The op folded over the views held, or the keys it asked for that are not loaded yet. */
  const fold = (op: Op): { changes: Map<string, View>; missing: string[] } => {
    const missing: string[] = [];
    const changes = applyOp(op, (key) => {
      if (current.has(key)) return current.get(key);
      missing.push(key);
      return undefined;
    });
    return { changes, missing };
  };
  // A dry run names the views the ops read, loaded in one volley; the few it cannot foresee (a
  // request outcome reads the request, then the stock it hands out) are loaded when asked for.
  const foreseen: string[] = [];
  for (const op of ops) {
    try {
      foreseen.push(...fold(op).missing);
    } catch {
      // The real fold below meets the same op with the views it needs, and decides.
    }
  }
  await load(foreseen);
  const changed = new Set<string>();
  const keysOfOps: string[][] = [];
  for (const op of ops) {
    let folded = fold(op);
    while (folded.missing.length > 0) {
      await load(folded.missing);
      folded = fold(op);
    }
    for (const [key, view] of folded.changes) {
      current.set(key, view);
      changed.add(key);
    }
    keysOfOps.push([...folded.changes.keys()]);
  }
  await Promise.all([...changed].map((key) => views.put(current.get(key) as View, key)));
  return keysOfOps;
}

/**
 * One user action inside `tx`: next seq, next clock stamp, the op validated, appended to the log,
 * folded into the views and queued in the outbox. Only IndexedDB requests are awaited, so the
 * transaction stays active; if the caller aborts it afterwards, none of it is kept.
 */
export async function writeOpInTransaction(
  tx: OpWriteTx,
  draft: SitedDraft,
  author: OpAuthor,
  now: number,
): Promise<Op> {
  const [op] = await writeOpsInTransaction(tx, [draft], author, () => now);
  return op as Op;
}

/**
 * Several ops of one action inside `tx`, as `writeOpInTransaction` one after another would write
 * them (consecutive seqs, each stamp after the one before, each op folded over the views the ops
 * before it left), with seq and clock read once, the views folded in memory and each written once.
 * Every draft is validated before anything is written: one the schema refuses throws
 * `InvalidOpError` and nothing of the action is kept.
 */
export async function writeOpsInTransaction(
  tx: OpWriteTx,
  drafts: readonly SitedDraft[],
  author: OpAuthor,
  now: () => number,
): Promise<Op[]> {
  const meta = tx.objectStore('meta');
  const [storedSeq, storedClock, storedAuthors, storedOffset] = await Promise.all([
    meta.get('opSeq'),
    meta.get('clock'),
    meta.get('authors'),
    meta.get('clockOffset'),
  ]);
  let seq = readSeq(storedSeq);
  let clock = readClock(storedClock, author.deviceId);
  const offset = readClockOffset(storedOffset);
  const ops: Op[] = [];
  for (const { site: draftSite, ...draft } of drafts) {
    seq += 1;
    clock = tickClock(clock, now() + offset);
    const parsed = Op.safeParse({
      ...draft,
      // No field at all for the default site, so its ops are exactly what they were before sites.
      ...siteField(draftSite ?? author.site ?? DEFAULT_SITE_ID),
      id: newRandomId(),
      deviceId: author.deviceId,
      seq,
      at: formatStamp(clock),
      actor: author.actor,
    });
    // Nothing has been written yet, so throwing here leaves the database as it was.
    if (!parsed.success) throw new InvalidOpError(String(draft.type), parsed.error.issues);
    ops.push(parsed.data);
  }
  if (ops.length === 0) return ops;
  const viewKeys = await applyAllToViews(tx.objectStore('views'), ops);
  const authors = readAuthors(storedAuthors, storedSeq) ?? [];
  await Promise.all([
    ...ops.flatMap((op, index) => [
      tx.objectStore('ops').add({ ...op, viewKeys: viewKeys[index] ?? [] }),
      tx.objectStore('outbox').add(op),
    ]),
    meta.put(seq, 'opSeq'),
    meta.put(clock, 'clock'),
    ...(authors.includes(author.deviceId) ? [] : [meta.put([...authors, author.deviceId], 'authors')]),
  ]);
  return ops;
}

/**
 * The device ids this database has written ops as (`meta.authors`; none if it never wrote one:
 * `opSeq` unset), or null when it wrote ops before the record was kept: only their ops can come
 * back in a pull already in the log, so a pulled page asks the log about those alone (op-store.ts
 * `applyPulled`).
 */
export function readAuthors(stored: unknown, storedSeq: unknown): readonly string[] | null {
  if (Array.isArray(stored) && stored.every((id) => typeof id === 'string')) return stored;
  return readSeq(storedSeq) === 0 ? [] : null;
}

/**
 * Runs `work` in one strict-durability readwrite transaction and waits for the commit. Any failure
 * aborts the whole transaction; IndexedDB's quota error (from a request or from the commit)
 * becomes a `StorageFullError`.
 */
export async function runWrite<const S extends StoreNames<DropinSchema>, T>(
  db: DropinDb,
  stores: readonly S[],
  work: (tx: IDBPTransaction<DropinSchema, readonly S[], 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  const done = tx.done;
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or committed: there is nothing left to undo.
    }
    await done.catch(() => undefined);
    if (isQuotaExceeded(error) || isQuotaExceeded(tx.error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
