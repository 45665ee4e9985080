/**
 * Proof of concept for the pull feed on PostgreSQL (server/storage/postgres/feed-sql.ts): an op
 * whose transaction commits late is never skipped by a device pulling in a loop meanwhile.
 * Real concurrent transactions on separate connections; nothing is mocked.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../server/storage/postgres/connect.js';
import {
  FEED_START,
  type FeedPosition,
  opsAfterSql,
  positionAfter,
} from '../../../server/storage/postgres/feed-sql.js';
import { createTestDatabase } from '../../support/postgres-database.js';

interface FeedRow {
  cursor: number;
  tx_id: string;
  id: string;
}

// Every other test file shares the cluster, and a transaction of theirs in flight also holds the
// feed back for a moment; so "eventually served" waits on what the pull returns, never on time.
const EVENTUALLY = { timeout: 30_000, interval: 25 };

describe('a pull on PostgreSQL never skips an op that commits late', () => {
  let url: string;
  const clients: pg.Client[] = [];

  beforeEach(async () => {
    url = await createTestDatabase('late_commit');
    const opened = await openPostgres(url);
    await opened.close();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.end()));
  });

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // int8 arrives as text from a bare pg.Client; the cursor is small here.
    client.setTypeParser(20, Number);
    clients.push(client);
    return client;
  }

  /** A device's pull: pages of two until the feed has nothing more, from `position`. */
  async function pull(reader: pg.Client, position: FeedPosition): Promise<{ ids: string[]; position: FeedPosition }> {
    const ids: string[] = [];
    let at = position;
    for (;;) {
      const query = opsAfterSql(at, 2);
      const { rows } = await reader.query<FeedRow>(query.text, [...query.values]);
      if (rows.length === 0) return { ids, position: at };
      ids.push(...rows.map((row) => row.id));
      at = positionAfter(at, rows);
    }
  }

  function insertOp(client: pg.Client, id: string, seq: number) {
    return client.query(
      `INSERT INTO ops (id, device_id, device_seq, type, at, body, received_at)
       VALUES ($1, 'tablet', $2, 'visit.checkedIn', '2026-01-01T10:00:00.000Z', '{}', '2026-01-01T10:00:01.000Z')`,
      [id, seq],
    );
  }

  it("serves nothing of T2 while T1, which inserted first, is open; then both, T1's first", async () => {
    const [t1, t2, reader] = [await connect(), await connect(), await connect()];
    await t1.query('BEGIN');
    await insertOp(t1, 'slow-op', 1); // takes cursor 1 and holds its transaction open
    await t2.query('BEGIN');
    await insertOp(t2, 'fast-op', 2); // cursor 2, committed while cursor 1 is still in flight
    await t2.query('COMMIT');

    let device = { ids: [] as string[], position: FEED_START };
    for (let round = 0; round < 10; round++) {
      const page = await pull(reader, device.position);
      expect(page.ids).toEqual([]); // serving fast-op now would move the device past slow-op
      device = { ids: [...device.ids, ...page.ids], position: page.position };
    }

    await t1.query('COMMIT');
    await expect
      .poll(async () => {
        const page = await pull(reader, device.position);
        device = { ids: [...device.ids, ...page.ids], position: page.position };
        return device.ids;
      }, EVENTUALLY)
      .toEqual(['slow-op', 'fast-op']);
  });

  it('keeps the op of a transaction that started later but took a lower cursor', async () => {
    const [early, late, reader] = [await connect(), await connect(), await connect()];
    // `early` gets its transaction id first, as a push that writes another table before its ops would.
    await early.query('BEGIN');
    await early.query('SELECT pg_current_xact_id()');
    await late.query('BEGIN');
    await insertOp(late, 'late-op', 1); // the lower cursor, from the younger transaction, held open
    await insertOp(early, 'early-op', 2); // the higher cursor, from the older transaction
    await early.query('COMMIT');

    // early-op may be served now: every transaction older than it has finished.
    let device = { ids: [] as string[], position: FEED_START };
    await expect
      .poll(async () => {
        const page = await pull(reader, device.position);
        device = { ids: [...device.ids, ...page.ids], position: page.position };
        return device.ids;
      }, EVENTUALLY)
      .toEqual(['early-op']);

    await late.query('COMMIT');
    await expect
      .poll(async () => {
        const page = await pull(reader, device.position);
        device = { ids: [...device.ids, ...page.ids], position: page.position };
        return device.ids;
      }, EVENTUALLY)
      .toEqual(['early-op', 'late-op']);

    // Why the position is (tx_id, cursor) and not the cursor alone: late-op sits below early-op,
    // so a device that kept only early-op's cursor would never be served late-op.
    const earlyCursor = await cursorOf(reader, 'early-op');
    expect(await cursorOf(reader, 'late-op')).toBeLessThan(earlyCursor);
    const byCursorAlone = await reader.query<FeedRow>(
      'SELECT id FROM ops WHERE cursor > $1 AND tx_id < pg_snapshot_xmin(pg_current_snapshot())',
      [earlyCursor],
    );
    expect(byCursorAlone.rows.map((row) => row.id)).toEqual([]);
  });
});

/** The cursor the database gave an op. */
async function cursorOf(client: pg.Client, id: string): Promise<number> {
  const { rows } = await client.query<{ cursor: number }>('SELECT cursor FROM ops WHERE id = $1', [id]);
  const cursor = rows[0]?.cursor;
  if (cursor === undefined) throw new Error(`No op ${id}`);
  return cursor;
}
