/**
 * The server suite's PostgreSQL side (tests/server/support/test-database.ts, database-peek.ts) on a
 * real cluster: a peek reads what SQLite's would, a broken database answers nothing, a removed one
 * is gone. Without these, a PostgreSQL run of the suite could pass for the wrong reason.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { databaseNameOf } from '../../support/postgres.js';
import { numberedPlaceholders, postgresPeek } from '../support/database-peek.js';
import { createTestDatabase, removeTestDatabase, type TestDatabase } from '../support/test-database.js';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseWithRows(): Promise<Extract<TestDatabase, { engine: 'postgres' }>> {
  const database = await createTestDatabase('postgres');
  if (database.engine !== 'postgres') throw new Error('expected a PostgreSQL database');
  await withClient(database.url, async (client) => {
    await client.query('CREATE TABLE ops (cursor bigint PRIMARY KEY, id text NOT NULL, actor_id text)');
    await client.query(
      "INSERT INTO ops VALUES (1, 'op_a', 'staff_1'), (2, 'op_b', NULL), (3, 'op_c?', 'staff_2'), (9007199254740991, 'op_big', NULL)",
    );
  });
  return database;
}

describe('numberedPlaceholders', () => {
  it('numbers ? in order, but not inside quoted strings or identifiers', () => {
    expect(numberedPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y IN (?, ?) AND z = 'why?'`)).toBe(
      `SELECT "a?" FROM t WHERE x = $1 AND y IN ($2, $3) AND z = 'why?'`,
    );
  });
});

describe('the PostgreSQL test database', () => {
  it('peeks with ? placeholders, counts and bigints as numbers, camelCase aliases as written', async () => {
    const database = await databaseWithRows();
    const peek = await postgresPeek(database.url);
    try {
      expect(await peek.peekValue('SELECT count(*) FROM ops WHERE id IN (?, ?)', 'op_a', 'op_c?')).toBe(2);
      expect(await peek.peekValue('SELECT sum(cursor) FROM ops WHERE cursor < ?', 4)).toBe(6);
      expect(await peek.peekValue("SELECT cursor FROM ops WHERE id = 'op_big'")).toBe(9007199254740991);
      expect(await peek.peekValue('SELECT id FROM ops WHERE id = ?', 'op_none')).toBeUndefined();
      expect(await peek.peek('SELECT id, actor_id AS "actorId" FROM ops WHERE cursor <= ? ORDER BY cursor', 2)).toEqual(
        [
          { id: 'op_a', actorId: 'staff_1' },
          { id: 'op_b', actorId: null },
        ],
      );
      const text = await peek.storedText();
      expect(text).toContain('op_c?');
      expect(text).toContain('staff_2');
    } finally {
      await peek.end();
      await removeTestDatabase(database);
    }
  });

  it('broken, it takes no connection and ends the open ones; removed, it is gone', async () => {
    const database = await databaseWithRows();
    const { cutOffDatabase } = await import('../../support/postgres.js');
    const peek = await postgresPeek(database.url);
    const adminUrl = inject('postgresUrl');
    try {
      expect(await peek.peekValue('SELECT count(*) FROM ops')).toBe(4);
      await cutOffDatabase(adminUrl, database.url);
      await expect(peek.peekValue('SELECT count(*) FROM ops')).rejects.toThrow();
      await expect(withClient(database.url, (client) => client.query('SELECT 1'))).rejects.toThrow(
        /not currently accepting connections/,
      );
    } finally {
      await peek.end();
      await removeTestDatabase(database);
    }
    const left = await withClient(adminUrl, (client) =>
      client.query('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [databaseNameOf(database.url)]),
    );
    expect(left.rows).toEqual([{ n: 0 }]);
  });
});
