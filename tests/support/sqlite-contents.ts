/**
 * What an SQLite file holds, table by table (row count and a SHA-256 of every row in rowid
 * order), to say two files are identical in content whatever their pages look like.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface TableContents {
  readonly rows: number;
  readonly sha256: string;
}

/** Every table's contents, by name; `skip` leaves out rows (e.g. the server id) before hashing. */
export function tableContents(
  file: string,
  skip: (table: string, row: readonly unknown[]) => boolean = () => false,
): Record<string, TableContents> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const rows = (db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all() as unknown[][]).filter(
          (row) => !skip(table, row),
        );
        const hash = createHash('sha256');
        for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
        return [table, { rows: rows.length, sha256: hash.digest('hex') }];
      }),
    );
  } finally {
    db.close();
  }
}

/** The server id a database file holds. */
export function serverIdIn(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT value FROM meta WHERE key = 'server_id'").pluck().get() as string;
  } finally {
    db.close();
  }
}

/** The file's bytes, hashed: "this file was not touched". */
export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
