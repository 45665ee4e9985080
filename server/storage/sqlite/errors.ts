/**
 * Recognises better-sqlite3's errors that are about the data or the disk, not the database being
 * broken, and turns them into the storage's own (server/storage/errors.ts), so no engine error
 * leaves here.
 */
import { StorageConflict, StorageUnavailable, type UnavailableReason } from '../errors.js';

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : '';
}

/** A UNIQUE (or primary key) constraint refused a row; `column` (e.g. "staff.login_name") narrows it. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const code = codeOf(error);
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
  const { message } = error as { message?: unknown };
  return column === undefined || (typeof message === 'string' && message.includes(column));
}

/**
 * SQLITE_FULL (the disk, or max_page_count) and SQLITE_READONLY with its extended codes
 * (a read-only file or folder, a read-only mount, PRAGMA query_only): the write was refused
 * whole and may succeed later. https://sqlite.org/rescode.html
 */
export function unavailableReason(error: unknown): UnavailableReason | undefined {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL') return 'disk_full';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'read_only';
  return undefined;
}

/** The error a storage method rejects with: the storage's own for a unique race or a disk that cannot write, else the error itself. */
export function storageErrorOf(error: unknown): unknown {
  if (isUniqueViolation(error)) return new StorageConflict({ cause: error });
  const unavailable = unavailableReason(error);
  return unavailable ? new StorageUnavailable(unavailable, { cause: error }) : error;
}
