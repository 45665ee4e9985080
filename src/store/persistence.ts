/**
 * Asks the browser to keep our data when the device is low on space. Without it, browsers may
 * evict IndexedDB under storage pressure, and the outbox would go with it.
 */

export type PersistenceResult = 'persisted' | 'notPersisted' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Persistent storage if we have it or the browser grants it; asks only when not already granted. */
export async function requestPersistentStorage(): Promise<PersistenceResult> {
  const storage = storageManager();
  if (!storage || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    if (typeof storage.persist !== 'function') return 'notPersisted';
    return (await storage.persist()) ? 'persisted' : 'notPersisted';
  } catch {
    // Some browsers refuse in private windows or insecure contexts: the data is simply not protected.
    return 'notPersisted';
  }
}

/** Bytes used and available to this origin, or null when the browser cannot say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = storageManager();
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
