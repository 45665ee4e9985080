/**
 * The PostgreSQL side of move-to-postgres, every call inside the copy's one transaction: lock,
 * prove the target empty, insert pages, move identities on, and read tables back in key order.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CellValue } from './copy-checksum.js';
import { META_WRITTEN_BY_MIGRATION } from './copy-plan.js';
import type { PostgresTables } from './tables.js';

type Target = Kysely<PostgresTables>;

export interface TargetColumn {
  readonly name: string;
  readonly dataType: string;
  /** `GENERATED ALWAYS AS IDENTITY`: inserted with OVERRIDING SYSTEM VALUE, its sequence moved on. */
  readonly identity: boolean;
}

/**
 * EXCLUSIVE blocks every write (and every other copy) until we commit, but lets reads go on.
 * A lock that does not come within `lock_timeout` means another process holds these tables.
 */
export async function lockTables(trx: Target, tables: readonly string[]): Promise<void> {
  await sql`SET LOCAL lock_timeout = '15s'`.execute(trx);
  await sql`LOCK TABLE ${sql.join(tables.map((table) => sql.id(table)))} IN EXCLUSIVE MODE`.execute(trx);
}

/** The server encoding: text compared byte by byte matches SQLite only in UTF-8. */
export async function serverEncoding(trx: Target): Promise<string> {
  const result = await sql<{ server_encoding: string }>`SHOW server_encoding`.execute(trx);
  return result.rows[0]?.server_encoding ?? 'unknown';
}

/** Each table's columns in the current schema, by table name. */
export async function describeTarget(trx: Target): Promise<Map<string, TargetColumn[]>> {
  const result = await sql<{ table_name: string; column_name: string; data_type: string; is_identity: string }>`
    SELECT table_name, column_name, data_type, is_identity
      FROM information_schema.columns
     WHERE table_schema = current_schema()
     ORDER BY table_name, ordinal_position`.execute(trx);
  const tables = new Map<string, TargetColumn[]>();
  for (const row of result.rows) {
    const columns = tables.get(row.table_name) ?? [];
    columns.push({ name: row.column_name, dataType: row.data_type, identity: row.is_identity === 'YES' });
    tables.set(row.table_name, columns);
  }
  return tables;
}

/** "ops has 12 rows" for every table holding rows of its own; meta's migration rows do not count. */
export async function rowsAlreadyThere(trx: Target, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const count =
      table === 'meta'
        ? await countWhere(trx, table, sql`key NOT IN (${sql.join([...META_WRITTEN_BY_MIGRATION])})`)
        : await countWhere(trx, table, sql`true`);
    if (count > 0) found.push(`${table} has ${count} row${count === 1 ? '' : 's'}`);
  }
  return found;
}

export async function countRows(trx: Target, table: string): Promise<number> {
  return countWhere(trx, table, sql`true`);
}

async function countWhere(trx: Target, table: string, where: RawBuilder<unknown>): Promise<number> {
  const result = await sql<{ count: number }>`SELECT count(*) AS count FROM ${sql.id(table)} WHERE ${where}`.execute(
    trx,
  );
  return Number(result.rows[0]?.count ?? 0);
}

/** Removes the meta rows the migration wrote, so the source's (its server_id above all) replace them. */
export async function clearMigrationMeta(trx: Target): Promise<void> {
  await sql`DELETE FROM meta WHERE key IN (${sql.join([...META_WRITTEN_BY_MIGRATION])})`.execute(trx);
}

/** One multi-row INSERT; the caller keeps rows × columns within PostgreSQL's parameter limit. */
export async function insertRows(
  trx: Target,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CellValue[])[],
  overridingIdentity: boolean,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((row) => sql`(${sql.join(row.map((value) => sql.val(value)))})`));
  const overriding = overridingIdentity ? sql`OVERRIDING SYSTEM VALUE` : sql``;
  await sql`INSERT INTO ${sql.id(table)} (${sql.join(columns.map((column) => sql.id(column)))})
            ${overriding} VALUES ${values}`.execute(trx);
}

/** The next value the identity hands out will be `past + 1` (skipped when nothing was copied). */
export async function moveIdentityPast(trx: Target, table: string, column: string, past: number): Promise<void> {
  if (past < 1) return;
  await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), ${past})`.execute(trx);
}

/** The largest value in an integer column, 0 for an empty table. */
export async function largestValue(trx: Target, table: string, column: string): Promise<number> {
  const result = await sql<{ largest: number | null }>`
    SELECT max(${sql.id(column)}) AS largest FROM ${sql.id(table)}`.execute(trx);
  return result.rows[0]?.largest ?? 0;
}

/**
 * The table's rows in key order, `size` at a time. Text keys are ordered and compared with
 * COLLATE "C" (byte order, as SQLite's BINARY), whatever collation the database was made with.
 */
export async function* targetPages(
  trx: Target,
  table: string,
  key: TargetColumn,
  columns: readonly string[],
  size: number,
): AsyncGenerator<CellValue[][]> {
  const keyRef = key.dataType === 'text' ? sql`${sql.id(key.name)} COLLATE "C"` : sql.id(key.name);
  const list = sql.join(columns.map((column) => sql.id(column)));
  const keyIndex = columns.indexOf(key.name);
  if (keyIndex < 0) throw new Error(`${table}: the key ${key.name} is not among the columns read`);
  let last: CellValue | undefined;
  for (;;) {
    const after = last === undefined ? sql`` : sql`WHERE ${keyRef} > ${last}`;
    const result = await sql<Record<string, CellValue>>`
      SELECT ${list} FROM ${sql.id(table)} ${after} ORDER BY ${keyRef} LIMIT ${size}`.execute(trx);
    if (result.rows.length === 0) return;
    const page = result.rows.map((row) => columns.map((column) => row[column] ?? null));
    yield page;
    last = page.at(-1)?.[keyIndex] ?? null;
    if (result.rows.length < size) return;
  }
}
