/**
 * Copies a center's SQLite file into an empty PostgreSQL database and proves the copy equal, all
 * in ONE PostgreSQL transaction: a refusal or a mismatch leaves the target as empty as it was.
 */
import { type Kysely, sql } from 'kysely';
import { type OpenedPostgres, openPostgres } from './connect.js';
import { RowChecksum } from './copy-checksum.js';
import { COPIED_TABLES, NOT_COPIED, rowsPerInsert } from './copy-plan.js';
import {
  clearMigrationMeta,
  countRows,
  describeTarget,
  insertRows,
  largestValue,
  lockTables,
  moveIdentityPast,
  rowsAlreadyThere,
  serverEncoding,
  type TargetColumn,
  targetPages,
} from './copy-target.js';
import { POSTGRES_MIGRATIONS, POSTGRES_ONLY_COLUMNS, PostgresMigrationError } from './schema.js';
import { openSqliteSource, type SqliteSource } from './sqlite-source.js';
import type { PostgresTables } from './tables.js';

export interface CopyFromSqliteOptions {
  readonly sqliteFile: string;
  readonly databaseUrl: string;
  /**
   * Runs once every table is copied, before verification, inside the transaction. The tests
   * change the SQLite file here, as a server left running would, to prove that a mismatch rolls
   * the whole copy back. The command passes nothing.
   */
  readonly beforeVerify?: () => void | Promise<void>;
}

export interface TableCopy {
  readonly table: string;
  readonly rows: number;
  /** The SHA-256 both engines gave for the table's rows (copy-checksum.ts). */
  readonly sha256: string;
}

export interface CopyReport {
  readonly tables: readonly TableCopy[];
  /** The server id devices know this center by, the same on PostgreSQL now. */
  readonly serverId: string;
  readonly schemaVersion: number;
}

/** The copy was refused before anything was written. */
export class CopyRefused extends Error {}

/** The copy did not come out equal; it was rolled back. */
export class CopyVerificationFailed extends Error {}

/** Rows per page read back for the checksum: few round trips, little memory. */
const CHECKSUM_PAGE = 1000;

interface TablePlan {
  readonly table: string;
  readonly key: TargetColumn;
  /** The columns both engines have, in the SQLite table's order. */
  readonly columns: readonly string[];
  readonly identity: TargetColumn | undefined;
}

export async function copySqliteToPostgres(options: CopyFromSqliteOptions): Promise<CopyReport> {
  const source = openSqliteSource(options.sqliteFile);
  try {
    const version = checkSourceVersion(source);
    checkSourceTables(source);
    const target = await openTarget(options.databaseUrl);
    try {
      if (target.migrated.to !== version) {
        throw new CopyRefused(
          `The PostgreSQL database is at schema version ${target.migrated.to}, the SQLite file at ${version}.`,
        );
      }
      return await target.db.transaction().execute((trx) => copyAndVerify(trx, source, version, options.beforeVerify));
    } catch (error) {
      throw explainLockTimeout(error);
    } finally {
      await target.close();
    }
  } finally {
    source.close();
  }
}

async function copyAndVerify(
  trx: Kysely<PostgresTables>,
  source: SqliteSource,
  schemaVersion: number,
  beforeVerify: (() => void | Promise<void>) | undefined,
): Promise<CopyReport> {
  const encoding = await serverEncoding(trx);
  if (encoding !== 'UTF8') {
    throw new CopyRefused(
      `The PostgreSQL database uses the ${encoding} encoding; make it with ENCODING 'UTF8' (text is compared byte by byte).`,
    );
  }
  await lockTables(
    trx,
    COPIED_TABLES.map(({ table }) => table),
  );
  const already = await rowsAlreadyThere(
    trx,
    COPIED_TABLES.map(({ table }) => table),
  );
  if (already.length > 0) {
    throw new CopyRefused(
      `The PostgreSQL database is not empty (${already.join(', ')}). ` +
        'move-to-postgres copies only into an empty database: create a new one and run it again.',
    );
  }
  const plans = planTables(source, await describeTarget(trx));

  await clearMigrationMeta(trx);
  await source.readSnapshot(async () => {
    for (const plan of plans) await copyTable(trx, source, plan);
  });
  await beforeVerify?.();
  const tables = await source.readSnapshot(async () => {
    const verified: TableCopy[] = [];
    for (const plan of plans) verified.push(await verifyTable(trx, source, plan));
    return verified;
  });

  const serverId = await sql<{ value: string }>`SELECT value FROM meta WHERE key = 'server_id'`.execute(trx);
  return { tables, serverId: serverId.rows[0]?.value ?? '', schemaVersion };
}

/** Opens (and migrates) the target; a failed connection says so before the driver's reason. */
async function openTarget(url: string): Promise<OpenedPostgres> {
  try {
    return await openPostgres(url, { max: 1 });
  } catch (error) {
    if (error instanceof PostgresMigrationError) throw error;
    throw new CopyRefused(`Could not open the PostgreSQL database: ${messageOf(error)}`, { cause: error });
  }
}

/** A failed connect to several addresses (localhost as ::1 and 127.0.0.1) has no message of its own. */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(messageOf).join('; ');
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** The SQLite file must be at this release's schema version, the one PostgreSQL is brought to. */
function checkSourceVersion(source: SqliteSource): number {
  const version = source.schemaVersion();
  const latest = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;
  if (version === 0) {
    throw new CopyRefused(`${source.file} records no migrations: it is not a drop-in center's database.`);
  }
  if (version < latest) {
    throw new CopyRefused(
      `The SQLite database is at schema version ${version}; this release's PostgreSQL schema is version ${latest}. ` +
        'Start this release of the server on the SQLite file once (it migrates the file), stop it, and run again.',
    );
  }
  if (version > latest) {
    throw new CopyRefused(
      `The SQLite database is at schema version ${version}, newer than this release knows (${latest}). ` +
        'Run move-to-postgres from the release that made it.',
    );
  }
  return version;
}

function checkSourceTables(source: SqliteSource): void {
  const inFile = source.tableNames().filter((table) => !NOT_COPIED.has(table));
  const planned = new Set(COPIED_TABLES.map(({ table }) => table));
  const unknown = inFile.filter((table) => !planned.has(table));
  const missing = [...planned].filter((table) => !inFile.includes(table));
  if (unknown.length > 0 || missing.length > 0) {
    throw new CopyRefused(
      `The SQLite file's tables are not the ones this release copies` +
        `${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}` +
        `${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''}.`,
    );
  }
}

/** Every copied table's columns must be the same on both sides, PostgreSQL-only ones aside. */
function planTables(source: SqliteSource, target: Map<string, TargetColumn[]>): TablePlan[] {
  return COPIED_TABLES.map(({ table, key }) => {
    const onlyHere = new Set(POSTGRES_ONLY_COLUMNS[table] ?? []);
    const targetColumns = (target.get(table) ?? []).filter((column) => !onlyHere.has(column.name));
    const columns = source.columnsOf(table);
    const targetNames = targetColumns.map((column) => column.name);
    if (columns.length !== targetNames.length || columns.some((column) => !targetNames.includes(column))) {
      throw new CopyRefused(
        `${table} has columns (${columns.join(', ')}) in SQLite but (${targetNames.join(', ')}) in PostgreSQL.`,
      );
    }
    const keyColumn = targetColumns.find((column) => column.name === key);
    if (!keyColumn) throw new CopyRefused(`${table} has no column ${key} in PostgreSQL.`);
    return { table, key: keyColumn, columns, identity: targetColumns.find((column) => column.identity) };
  });
}

async function copyTable(trx: Kysely<PostgresTables>, source: SqliteSource, plan: TablePlan): Promise<void> {
  const size = rowsPerInsert(plan.columns.length);
  for (const page of source.pages(plan.table, plan.key.name, plan.columns, size)) {
    await insertRows(trx, plan.table, plan.columns, page, plan.identity !== undefined);
  }
  if (plan.identity) {
    // Past AUTOINCREMENT's high-water mark too: a number SQLite handed out once (a row since
    // deleted) may be known to a device, and must not be handed out again.
    const past = Math.max(
      await largestValue(trx, plan.table, plan.identity.name),
      source.autoincrementSeen(plan.table),
    );
    await moveIdentityPast(trx, plan.table, plan.identity.name, past);
  }
}

async function verifyTable(trx: Kysely<PostgresTables>, source: SqliteSource, plan: TablePlan): Promise<TableCopy> {
  const fromSqlite = new RowChecksum();
  for (const page of source.pages(plan.table, plan.key.name, plan.columns, CHECKSUM_PAGE)) fromSqlite.add(page);
  const fromPostgres = new RowChecksum();
  for await (const page of targetPages(trx, plan.table, plan.key, plan.columns, CHECKSUM_PAGE)) fromPostgres.add(page);

  const counted = { sqlite: source.countRows(plan.table), postgres: await countRows(trx, plan.table) };
  const sums = { sqlite: fromSqlite.digest(), postgres: fromPostgres.digest() };
  if (counted.sqlite !== counted.postgres || sums.sqlite !== sums.postgres) {
    throw new CopyVerificationFailed(
      `Verification failed for ${plan.table}: ${counted.sqlite} rows in SQLite (SHA-256 ${sums.sqlite.slice(0, 12)}…), ` +
        `${counted.postgres} in PostgreSQL (SHA-256 ${sums.postgres.slice(0, 12)}…). Nothing was kept: the ` +
        'PostgreSQL database is as empty as before. Did the SQLite file change during the copy? Stop its server and run again.',
    );
  }
  return { table: plan.table, rows: counted.postgres, sha256: sums.postgres };
}

/** lock_not_available: a server (or another copy) is using the PostgreSQL tables. */
function explainLockTimeout(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '55P03') {
    return new CopyRefused(
      'Another process is using the PostgreSQL tables (a server on this database?). Stop it and run again.',
    );
  }
  return error;
}
