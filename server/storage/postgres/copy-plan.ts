/**
 * What move-to-postgres copies: every app table, parents before the tables that reference them,
 * each with the key its rows are read and compared in. A table added by a later migration must
 * be listed here, or the copy refuses the file (sqlite-source.ts lists what the file holds).
 */

export interface CopiedTable {
  readonly table: string;
  /** The primary key: rows are read, inserted and checksummed in its order. */
  readonly key: string;
}

/** Foreign-key order: staff before devices (paired_by), both before sessions and audit_log. */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { table: 'meta', key: 'key' },
  { table: 'staff', key: 'id' },
  { table: 'devices', key: 'id' },
  { table: 'sessions', key: 'token_hash' },
  { table: 'pairing_codes', key: 'code_hash' },
  { table: 'setup_codes', key: 'code_hash' },
  { table: 'audit_log', key: 'id' },
  { table: 'staff_history', key: 'id' },
  { table: 'ops', key: 'cursor' },
  { table: 'views', key: 'key' },
  // Failed sign-ins and wrong codes still inside their window: a move does not reset them.
  { table: 'throttle_failures', key: 'id' },
];

/** Each engine keeps its own record of the migrations it ran; both must be at the same version. */
export const NOT_COPIED = new Set(['schema_migrations']);

/**
 * The meta rows PostgreSQL's own migration writes (schema.ts). A target holding only these is
 * empty; the source's meta replaces them, so the server keeps its server_id.
 */
export const META_WRITTEN_BY_MIGRATION = new Set(['server_id', 'created_at']);

/** PostgreSQL's limit on bind parameters in one statement (a 16-bit count in the protocol). */
export const MAX_PARAMETERS = 65_535;

/** Rows per multi-row INSERT: at most 500, and never more parameters than PostgreSQL takes. */
export function rowsPerInsert(columnCount: number): number {
  if (!Number.isInteger(columnCount) || columnCount < 1) throw new RangeError('A table has at least one column');
  return Math.max(1, Math.min(500, Math.floor(MAX_PARAMETERS / columnCount)));
}
