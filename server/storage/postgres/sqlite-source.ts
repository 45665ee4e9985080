/**
 * The SQLite side of move-to-postgres: the center's file opened read-only, read table by table in
 * key order, one page at a time, with integers as plain numbers the way the app reads them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DATABASE_FILE } from '../../db/database.js';
import { schemaVersion } from '../../db/migrations.js';
import type { CellValue } from './copy-checksum.js';

/** The database file the server keeps in its data folder. */
export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/** The file is missing or not an SQLite database this server made. */
export class SqliteSourceError extends Error {}

export interface SqliteSource {
  readonly file: string;
  /** The highest migration the file records. */
  schemaVersion(): number;
  /** The file's own tables (not SQLite's internal ones), by name. */
  tableNames(): string[];
  /** A table's column names in the order the table defines them. */
  columnsOf(table: string): string[];
  countRows(table: string): number;
  /** The table's rows in `key` order (SQLite's BINARY collation: byte order), `size` at a time. */
  pages(table: string, key: string, columns: readonly string[], size: number): Generator<CellValue[][]>;
  /** The highest number AUTOINCREMENT has handed out for `table` (deleted rows included), 0 for none. */
  autoincrementSeen(table: string): number;
  /** Runs `work` inside one read transaction, so every read sees the file as it was at the first. */
  readSnapshot<T>(work: () => Promise<T>): Promise<T>;
  close(): void;
}

export function openSqliteSource(file: string): SqliteSource {
  if (!existsSync(file)) {
    throw new SqliteSourceError(
      `No SQLite database at ${file}. Set DATA_DIR to the folder that holds ${DATABASE_FILE}.`,
    );
  }
  let db: Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new SqliteSourceError(`Cannot read ${file} as an SQLite database: ${(error as Error).message}`);
  }
  return sourceOver(db, file);
}

function sourceOver(db: Database, file: string): SqliteSource {
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return {
    file,
    schemaVersion: () => schemaVersion(db),
    tableNames: () =>
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[],
    columnsOf: (table) =>
      (db.pragma(`table_info(${quoted(table)})`) as { name: string; cid: number }[])
        .sort((a, b) => a.cid - b.cid)
        .map((column) => column.name),
    countRows: (table) =>
      db
        .prepare(`SELECT count(*) FROM ${quoted(table)}`)
        .pluck()
        .get() as number,
    *pages(table, key, columns, size) {
      const list = columns.map(quoted).join(', ');
      const first = db
        .prepare(`SELECT ${list} FROM ${quoted(table)} ORDER BY ${quoted(key)} LIMIT ?`)
        .raw()
        .safeIntegers();
      const next = db
        .prepare(`SELECT ${list} FROM ${quoted(table)} WHERE ${quoted(key)} > ? ORDER BY ${quoted(key)} LIMIT ?`)
        .raw()
        .safeIntegers();
      const keyIndex = columns.indexOf(key);
      if (keyIndex < 0) throw new Error(`${table}: the key ${key} is not among the columns read`);
      let last: CellValue | undefined;
      for (;;) {
        const raw = (last === undefined ? first.all(size) : next.all(last, size)) as unknown[][];
        if (raw.length === 0) return;
        const page = raw.map((row) => row.map((value, index) => cellOf(value, table, columns[index] ?? '?')));
        yield page;
        last = page.at(-1)?.[keyIndex] ?? null;
        if (raw.length < size) return;
      }
    },
    autoincrementSeen: (table) => {
      const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
      if (!hasSequence) return 0;
      return (
        (db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(table) as number | undefined) ?? 0
      );
    },
    async readSnapshot(work) {
      // A deferred transaction takes its snapshot at the first read and keeps it to COMMIT, while
      // we await PostgreSQL between pages. Nothing else uses this connection meanwhile.
      db.prepare('BEGIN').run();
      try {
        return await work();
      } finally {
        db.prepare('COMMIT').run();
      }
    },
    close: () => db.close(),
  };
}

/**
 * Read with safeIntegers, so a number beyond 2^53 is refused by name instead of silently rounded
 * (the app and PostgreSQL's reader, connect.ts, carry integers as JavaScript numbers).
 */
function cellOf(value: unknown, table: string, column: string): CellValue {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'bigint') {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) {
      throw new SqliteSourceError(`${table}.${column} holds ${value}, beyond what the app carries as a number.`);
    }
    return number;
  }
  throw new SqliteSourceError(`${table}.${column} holds a ${typeof value}, not text or an integer.`);
}
