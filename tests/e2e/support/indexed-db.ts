/** Reading out what a browser keeps: every IndexedDB record, for specs that check what a device stores. */
import type { Page } from '@playwright/test';

/** Every record of every object store of every IndexedDB database of the page, as JSON text. */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const dump: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, { keys: unknown[]; values: unknown[] }> = {};
      for (const storeName of [...db.objectStoreNames]) {
        const store = db.transaction(storeName).objectStore(storeName);
        stores[storeName] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
      }
      db.close();
      dump[name] = stores;
    }
    return JSON.stringify(dump);
  });
}
