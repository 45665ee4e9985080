/**
 * The page side of the sync figures, all on the page's own clock (`performance.now()`): when the
 * device's stored cursor reached a point, when its first sync request of a kind started (resource
 * timing), and the same requests made with `fetch` alone (the HTTP baselines: same pages, same
 * credentials, the JSON read, nothing stored).
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Set by the cursor watch: `performance.now()` when the stored cursor first reached the target. */
    __benchCursorAt?: number;
    /** Set by the outbox watch: `performance.now()` of the `online` event and of the outbox found empty. */
    __benchOnlineAt?: number;
    __benchOutboxEmptyAt?: number;
  }
}

/**
 * From the page's first script on: polls the app's database every 10 ms and notes when its sync
 * cursor is at `target` or beyond. Opens the database only once the app has created it (opening
 * it first would make an empty version-1 database the app's upgrade then skips).
 */
export async function watchCursor(page: Page, target: number): Promise<void> {
  await page.addInitScript((goal: number) => {
    let db: IDBDatabase | undefined;
    const tick = async () => {
      if (window.__benchCursorAt !== undefined) return;
      if (!db) {
        const names = await indexedDB.databases();
        if (names.some((entry) => entry.name === 'lead-dropin' && (entry.version ?? 0) >= 3)) {
          db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('lead-dropin');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          db.onversionchange = () => {
            db?.close();
            db = undefined;
          };
        }
      }
      if (db?.objectStoreNames.contains('meta')) {
        const request = db.transaction('meta').objectStore('meta').get('syncCursor');
        const cursor = await new Promise<{ cursor?: number } | undefined>((resolve) => {
          request.onsuccess = () => resolve(request.result as { cursor?: number } | undefined);
          request.onerror = () => resolve(undefined);
        });
        if ((cursor?.cursor ?? -1) >= goal) {
          window.__benchCursorAt = performance.now();
          return;
        }
      }
      setTimeout(() => void tick().catch(() => setTimeout(tick, 10)), 10);
    };
    void tick();
  }, target);
}

/** Waits for the cursor watch; its time on the page's clock. */
export async function cursorReachedAt(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction(() => window.__benchCursorAt !== undefined, undefined, { timeout, polling: 100 });
  return page.evaluate(() => window.__benchCursorAt as number);
}

/** When the page's first request to `path` (e.g. `/api/sync/pull`) started, on its clock. */
export async function firstRequestStart(page: Page, path: string): Promise<number> {
  const start = await page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === prefix)
        .map((entry) => entry.startTime)
        .sort((a, b) => a - b)[0],
    path,
  );
  if (start === undefined) throw new Error(`the page sent no ${path}`);
  return start;
}

/** The paired device's bearer token, as the app sends it (null for a browser that is not paired). */
export function deviceToken(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta').objectStore('meta').get('deviceIdentity');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { token?: string } | undefined)?.token ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * HTTP alone: pulls from `after` to the end of the log in pages of `limit`, reading each answer's
 * JSON and storing nothing, with the page's cookies (and `token` as the app sends it). Ms taken.
 */
export function httpPullAll(page: Page, after: number, limit: number, token: string | null): Promise<number> {
  return page.evaluate(
    async ({ from, size, bearer }) => {
      const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
      const started = performance.now();
      let cursor = from;
      for (;;) {
        const response = await fetch(`/api/sync/pull?after=${cursor}&limit=${size}&wait=0`, { headers });
        const body = (await response.json()) as { cursor: number; more: boolean };
        cursor = body.cursor;
        if (!body.more) break;
      }
      return performance.now() - started;
    },
    { from: after, size: limit, bearer: token },
  );
}

/** HTTP alone: the snapshot, its JSON read, nothing stored. Ms taken. */
export function httpSnapshot(page: Page, token: string | null): Promise<number> {
  return page.evaluate(async (bearer) => {
    const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
    const started = performance.now();
    await (await fetch('/api/sync/snapshot', { headers })).json();
    return performance.now() - started;
  }, token);
}

/** How many ops wait in the device's outbox, read from its database. */
export function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** How many people the kiosk's directory holds (each person once, across its segments). */
export function directoryPeople(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('directorySegments').objectStore('directorySegments').getAll();
          request.onsuccess = () => {
            db.close();
            const segments = request.result as { participantIds: string[] }[];
            resolve(new Set(segments.flatMap((segment) => segment.participantIds)).size);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Every op waiting in the device's outbox, oldest first. */
export function outboxOps(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * Notes the `online` event's time, then polls the outbox every 10 ms from it until it is empty.
 * Installed on a page that is offline; read with `outboxDrainedMs`.
 */
export function watchOutboxDrain(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        window.__benchOnlineAt = undefined;
        window.__benchOutboxEmptyAt = undefined;
        let db: IDBDatabase | undefined;
        const tick = () => {
          const request = (db as IDBDatabase).transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            if (request.result === 0) window.__benchOutboxEmptyAt = performance.now();
            else setTimeout(tick, 10);
          };
          request.onerror = () => setTimeout(tick, 10);
        };
        const open = indexedDB.open('lead-dropin');
        open.onsuccess = () => {
          db = open.result;
          window.addEventListener(
            'online',
            () => {
              window.__benchOnlineAt = performance.now();
              tick();
            },
            { once: true },
          );
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** Ms from the `online` event to the outbox found empty. */
export async function outboxDrainedMs(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction(() => window.__benchOutboxEmptyAt !== undefined, undefined, { timeout, polling: 100 });
  return page.evaluate(() => (window.__benchOutboxEmptyAt as number) - (window.__benchOnlineAt as number));
}

/** The device's stored sync cursor (-1 before its first sync). */
export function storedCursor(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            resolve(-1);
            return;
          }
          const request = db.transaction('meta').objectStore('meta').get('syncCursor');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { cursor?: number } | undefined)?.cursor ?? -1);
          };
          request.onerror = () => resolve(-1);
        };
      }),
  );
}

/**
 * The storage floor of a catch-up: the device's own op log and views, written again into a
 * scratch database of the same shape (the log keyed by id with its multi-entry index of view keys,
 * the views), in pages of `pageSize` ops, each page one strict transaction holding its ops and the
 * views they touched; raw IndexedDB, nothing read, nothing folded, no parsing. What storing the
 * same pulls costs at the least with one record per op. Ms taken, and how many ops were written.
 */
export function storageFloor(page: Page, pageSize: number): Promise<{ ms: number; ops: number }> {
  return page.evaluate(async (size) => {
    const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
        if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const readAll = <T>(db: IDBDatabase, store: string, keys: boolean) =>
      new Promise<T[]>((resolve, reject) => {
        const objects = db.transaction(store).objectStore(store);
        const request = keys ? objects.getAllKeys() : objects.getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const app = await open('lead-dropin');
    const ops = await readAll<{ viewKeys: string[] }>(app, 'ops', false);
    const viewKeys = await readAll<string>(app, 'views', true);
    const viewValues = await readAll<unknown>(app, 'views', false);
    app.close();
    const views = new Map(viewKeys.map((key, index) => [key, viewValues[index]]));
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('bench-storage-floor');
      request.onsuccess = request.onerror = resolve;
    });
    const scratch = await open('bench-storage-floor', (db) => {
      db.createObjectStore('ops', { keyPath: 'id' }).createIndex('byViewKey', 'viewKeys', { multiEntry: true });
      db.createObjectStore('views');
    });
    const started = performance.now();
    for (let start = 0; start < ops.length; start += size) {
      const chunk = ops.slice(start, start + size);
      const tx = scratch.transaction(['ops', 'views'], 'readwrite', { durability: 'strict' });
      const opStore = tx.objectStore('ops');
      const viewStore = tx.objectStore('views');
      for (const op of chunk) opStore.add(op);
      for (const key of new Set(chunk.flatMap((op) => op.viewKeys))) viewStore.put(views.get(key), key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    const ms = performance.now() - started;
    scratch.close();
    indexedDB.deleteDatabase('bench-storage-floor');
    return { ms, ops: ops.length };
  }, pageSize);
}

/**
 * Polls every 10 ms until the kiosk's directory is at rest (at most one segment in its tail, the
 * seqs from `tailStart`); `performance.now()` then, on the page's clock.
 */
export function directoryRestedAt(page: Page, tailStart: number, timeout = 60_000): Promise<number> {
  return page.evaluate(
    ([from, limit]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lead-dropin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const giveUp = performance.now() + limit;
          const tick = () => {
            const request = db
              .transaction('directorySegments')
              .objectStore('directorySegments')
              .count(IDBKeyRange.lowerBound(from));
            request.onsuccess = () => {
              if (request.result <= 1) {
                db.close();
                resolve(performance.now());
              } else if (performance.now() > giveUp) {
                db.close();
                reject(new Error('the directory never came to rest'));
              } else setTimeout(tick, 10);
            };
            request.onerror = () => reject(request.error);
          };
          tick();
        };
      }),
    [tailStart, timeout] as const,
  );
}
