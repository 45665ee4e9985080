/**
 * Recognises pg's errors that are about the data or the disk, not the database being broken, and
 * turns them into the storage's own (server/storage/errors.ts), so no engine error leaves here.
 */
import { StorageConflict, StorageUnavailable, type UnavailableReason } from '../errors.js';

const UNIQUE_VIOLATION = '23505';
/** SQLSTATEs of a database that cannot write now: https://www.postgresql.org/docs/current/errcodes-appendix.html */
const UNAVAILABLE: Readonly<Record<string, UnavailableReason>> = {
  '53100': 'disk_full',
  '25006': 'read_only', // read_only_sql_transaction: default_transaction_read_only, a hot standby
};

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** A UNIQUE (or primary key) constraint refused a row; `constraint` (e.g. "staff_login_name_key") narrows it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (codeOf(error) !== UNIQUE_VIOLATION) return false;
  const { constraint: refusedBy } = error as { constraint?: unknown };
  return constraint === undefined || refusedBy === constraint;
}

/** Why the database refused to write, when it is for want of space or of write access. */
export function unavailableReason(error: unknown): UnavailableReason | undefined {
  const code = codeOf(error);
  return typeof code === 'string' ? UNAVAILABLE[code] : undefined;
}

/** The error a storage method rejects with: the storage's own for a unique race or a database that cannot write, else the error itself. */
export function storageErrorOf(error: unknown): unknown {
  if (isUniqueViolation(error)) return new StorageConflict({ cause: error });
  const unavailable = unavailableReason(error);
  return unavailable ? new StorageUnavailable(unavailable, { cause: error }) : error;
}
