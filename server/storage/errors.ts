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
