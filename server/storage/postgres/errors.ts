/**
 * Recognises pg's errors that are about the data, not the database being broken, and turns them
 * into the storage's own (server/storage/errors.ts), so no engine error leaves here.
 */
import { StorageConflict } from '../errors.js';

const UNIQUE_VIOLATION = '23505';

/** A UNIQUE (or primary key) constraint refused a row; `constraint` (e.g. "staff_login_name_key") narrows it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: refusedBy } = error as { code?: unknown; constraint?: unknown };
  return code === UNIQUE_VIOLATION && (constraint === undefined || refusedBy === constraint);
}

/** The error a storage method rejects with: a StorageConflict for a unique race, else the error itself. */
export function storageErrorOf(error: unknown): unknown {
  return isUniqueViolation(error) ? new StorageConflict({ cause: error }) : error;
}
