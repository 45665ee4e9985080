/**
 * Recognises better-sqlite3's errors that are about the data, not the database being broken, and
 * turns them into the storage's own (server/storage/errors.ts), so no engine error leaves here.
 */
import { StorageConflict } from '../errors.js';

/** A UNIQUE (or primary key) constraint refused a row; `column` (e.g. "staff.login_name") narrows it. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
  return column === undefined || (typeof message === 'string' && message.includes(column));
}

/** The error a storage method rejects with: a StorageConflict for a unique race, else the error itself. */
export function storageErrorOf(error: unknown): unknown {
  return isUniqueViolation(error) ? new StorageConflict({ cause: error }) : error;
}
