/** Errors every storage engine rejects with, so callers never see an engine's own. */

/**
 * Two writes raced for the same unique value (a name, a ticket letter) and this one lost: the
 * API answers 409 and the caller may try again. The engine's error is the `cause`, for the log.
 */
export class StorageConflict extends Error {
  constructor(options?: { cause?: unknown }) {
    super('A unique value was taken by another write.', options);
    this.name = 'StorageConflict';
  }
}

/** Why the database refused to write: its disk is full, or it (or its file) is read-only. */
export type UnavailableReason = 'disk_full' | 'read_only';

/**
 * The database cannot write right now, and wrote nothing of this call (the engine rolled it
 * back). It may pass by itself (space freed, the database writable again), so the API answers
 * 503 and devices send again later; reads still work. The engine's error is the `cause`.
 */
export class StorageUnavailable extends Error {
  readonly reason: UnavailableReason;

  constructor(reason: UnavailableReason, options?: { cause?: unknown }) {
    super(reason === 'disk_full' ? 'The database disk is full.' : 'The database is read-only.', options);
    this.name = 'StorageUnavailable';
    this.reason = reason;
  }
}

/**
 * Awaits a write that only keeps a convenience up to date (a device's last-seen time): when the
 * database cannot write, the request it rides on (often a read) goes on without it.
 */
export async function unlessStorageUnavailable(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof StorageUnavailable)) throw error;
  }
}
