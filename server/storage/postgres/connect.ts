/**
 * Opens PostgreSQL from a `postgres://` URL: a Kysely instance over a pg.Pool, with the schema
 * brought up to date (schema.ts) before anything else runs.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migratePostgres } from './schema.js';
import type { PostgresTables } from './tables.js';

export interface OpenedPostgres {
  readonly db: Kysely<PostgresTables>;
  readonly migrated: { from: number; to: number };
  /** Ends the pool's connections. */
  close(): Promise<void>;
}

const INT8_OID = 20;

/**
 * pg returns bigint (int8) as a string because it can exceed 2^53. Our bigints are cursors, ids and
 * device sequence numbers, numbers in SQLite and in the app, so read them as numbers and refuse
 * one that would lose digits. Set per pool, not with pg.types.setTypeParser, which is process-wide.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID && format !== 'binary') {
      return (text: string) => {
        const value = Number(text);
        if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is beyond a JavaScript number`);
        return value;
      };
    }
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<OpenedPostgres> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres://');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle connection the database ended (a restart, a terminated backend) emits 'error' on the
  // pool; unheard, it would crash the process. The pool drops that connection and the next query
  // opens a new one, and healthy() reports a database that does not answer.
  pool.on('error', () => {});
  const db = new Kysely<PostgresTables>({ dialect: new PostgresDialect({ pool }) });
  try {
    const migrated = await migratePostgres(db);
    return { db, migrated, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
