/**
 * Read-only looks at a test server's database, for what no API answers (is this row stored, what
 * text does the database hold). One query text runs on either engine: `?` placeholders, portable SQL,
 * double-quoted camelCase aliases (`AS "actorId"`), counts and bigints back as numbers.
 */
import type { Database } from 'better-sqlite3';
import type pg from 'pg';

export interface DatabasePeek {
  /** The rows a read query returns. */
  peek<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The first column of the first row (a count, one value), or undefined when there is no row. */
  peekValue<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  /** Every app table's rows as one text, for "this is never stored" checks. */
  storedText(): Promise<string>;
  /** Lets go of what the peek opened (not the server's own connection). */
  end(): Promise<void>;
}

/** A peek through the server's own SQLite connection (so a test that closes it breaks both). */
export function sqlitePeek(db: Database): DatabasePeek {
  const peek = <T>(sql: string, ...params: unknown[]) => Promise.resolve(db.prepare(sql).all(...params) as T[]);
  return {
    peek,
    peekValue: <T>(sql: string, ...params: unknown[]) =>
      Promise.resolve(
        db
          .prepare(sql)
          .pluck()
          .get(...params) as T | undefined,
      ),
    async storedText() {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      return tables
        .map((table) => `${table}: ${JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())}`)
        .join('\n');
    },
    end: () => Promise.resolve(),
  };
}

const NUMERIC_OIDS = { int8: 20, numeric: 1700 };

/** A peek over its own small pg pool on the test database. */
export async function postgresPeek(url: string): Promise<DatabasePeek> {
  const { default: pgModule } = await import('pg');
  const asNumber = (text: string) => Number(text);
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if ((oid === NUMERIC_OIDS.int8 || oid === NUMERIC_OIDS.numeric) && format !== 'binary') return asNumber;
      return pgModule.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pgModule.Pool({ connectionString: url, max: 2, types });
  // A test that cuts the database off ends these connections too; an idle client's error is then
  // expected, and without a listener the pool would throw it out of the test process.
  pool.on('error', () => undefined);
  const peek = async <T>(sql: string, ...params: unknown[]) =>
    (await pool.query(numberedPlaceholders(sql), params)).rows as T[];
  return {
    peek,
    async peekValue<T>(sql: string, ...params: unknown[]) {
      const result = await pool.query({ text: numberedPlaceholders(sql), values: params, rowMode: 'array' });
      return (result.rows[0] as unknown[] | undefined)?.[0] as T | undefined;
    },
    async storedText() {
      const tables = await peek<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
      const texts = [];
      for (const { name } of tables) texts.push(`${name}: ${JSON.stringify(await peek(`SELECT * FROM "${name}"`))}`);
      return texts.join('\n');
    },
    end: () => pool.end(),
  };
}

/** `?` -> `$1..$n` outside quoted strings and identifiers, as pg numbers its parameters. */
export function numberedPlaceholders(sql: string): string {
  let count = 0;
  let quote: string | null = null;
  let out = '';
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '?') {
      count += 1;
      out += `$${count}`;
      continue;
    }
    out += char;
  }
  return out;
}
