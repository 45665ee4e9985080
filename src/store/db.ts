/**
 * The browser's IndexedDB database: its name, version and upgrades. Each version appends one
 * `if (oldVersion < N)` block, so a device on any older version walks every step in order.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'lead-dropin';
export const DB_VERSION = 1;

/** Keys of the small key-value store `meta`, and what each holds (validated on read). */
export type MetaKey = 'deviceIdentity' | 'staffSession' | 'signOutPending';

export interface DropinSchema extends DBSchema {
  meta: { key: MetaKey; value: unknown };
}

export type DropinDb = IDBPDatabase<DropinSchema>;

let opening: Promise<DropinDb> | undefined;

/** The open database (opened once per page, upgraded on first open). */
export function openDropinDb(): Promise<DropinDb> {
  opening ??= openDB<DropinSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('meta');
    },
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
