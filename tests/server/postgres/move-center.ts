/**
 * For the move-to-postgres tests: a center made through the real app (so its SQLite file is one
 * the current release writes), and every table read back from either engine, independently of
 * the copier's own readers.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { DATABASE_FILE } from '../../../server/db/database.js';
import { POSTGRES_ONLY_COLUMNS } from '../../../server/storage/postgres/schema.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice } from '../support/auth-fixtures.js';
import { createTestDatabase } from '../support/test-database.js';
import { push, startSyncWorld } from '../sync/sync-support.js';

export interface SqliteCenter {
  readonly dataDir: string;
  readonly file: string;
  /** The ops the center accepted (every push answered `accepted`). */
  readonly opCount: number;
  remove(): void;
}

/** More stock ops than one multi-row INSERT carries (copy-plan.ts: at most 500 rows). */
const STOCK_OPS = 1_200;

async function pushAccepted(client: ApiClient, ops: unknown[]): Promise<number> {
  const response = await push(client, ops);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
  return ops.length;
}

/**
 * An admin and staff, a kiosk and a revoked tablet, a disabled account, an ended session, stock,
 * a catalog item, a participant (with accents), a check-in, a request, a failed sign-in, and the
 * audit entries all of this writes; then the server is stopped, keeping its data folder.
 */
export async function makeSqliteCenter(): Promise<SqliteCenter> {
  // A SQLite center whatever engine the run tests: it is what the move copies from.
  const { server, admin, adminId, staff, staffId, kiosk, kioskId } = await startSyncWorld({
    database: await createTestDatabase('sqlite'),
  });
  let opCount = 0;
  try {
    const now = () => ({ now: Date.now() });
    const byAdmin = opBuilder(testId('desk'), adminId, Date.now());
    const itemId = testId('item');
    opCount += await pushAccepted(admin, [
      byAdmin.op({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } }, now()),
    ]);

    const laptop = opBuilder(testId('laptop'), staffId, Date.now());
    const items = Array.from({ length: 600 }, () => testId('item'));
    for (let start = 0; start < STOCK_OPS; start += 200) {
      const ops = Array.from({ length: 200 }, (_, i) =>
        laptop.op(
          {
            type: 'stock.received',
            payload: { itemId: items[(start + i) % items.length] ?? itemId, quantity: 3, kind: 'donation' },
          },
          now(),
        ),
      );
      opCount += await pushAccepted(staff, ops);
    }
    // The largest device sequence number an op may carry: a bigint on both engines.
    const last = laptop.op({ type: 'stock.handedOut', payload: { itemId, quantity: 1 } }, now());
    opCount += await pushAccepted(staff, [{ ...last, seq: Number.MAX_SAFE_INTEGER }]);
    opCount += await pushAccepted(staff, [
      laptop.op(
        {
          type: 'participant.enrolled',
          payload: {
            participantId: testId('participant'),
            profile: TEST_PROFILE,
            consent: { agreed: true, at: new Date().toISOString(), recordedBy: staffId, textVersion: 'v1' },
          },
        },
        now(),
      ),
    ]);

    const atKiosk = opBuilder(kioskId, null);
    const visitId = testId('visit');
    opCount += await pushAccepted(kiosk, [
      atKiosk.op({
        type: 'visit.checkedIn',
        payload: { visitId, day: '2026-11-27', ticket: 'A-1', who: 'visitor', name: null },
      }),
      atKiosk.op({
        type: 'request.created',
        payload: {
          requestId: testId('req'),
          visitId,
          day: '2026-11-27',
          participantId: null,
          ticket: 'A-1',
          items: [{ itemId, quantity: 1 }],
        },
      }),
    ]);

    const tablet = await pairDevice(server, admin, 'Old tablet', 'staff');
    expect((await admin.post(`/api/devices/${tablet.id}/revoke`)).status).toBe(200);
    const leaverId = await createStaff(admin, { displayName: 'Dee Départ', loginName: 'dee', secret: '615243' });
    expect((await admin.post(`/api/staff/${leaverId}/disable`)).status).toBe(200);
    expect((await staff.delete('/api/session')).status).toBeLessThan(300);
    // A wrong PIN: counted in throttle_failures, which the move keeps.
    const guess = await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'sam', secret: '000000' });
    expect(guess.status).toBe(401);
  } finally {
    await server.close({ keepData: true });
  }
  if (server.database.engine !== 'sqlite') throw new Error('the center must be a SQLite one');
  const { dataDir } = server.database;
  return {
    dataDir,
    file: path.join(dataDir, DATABASE_FILE),
    opCount,
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export type Rows = Record<string, unknown>[];

/** Every app table of the SQLite file (its migration ledger aside), each in primary-key order. */
export function readSqliteTables(file: string): Record<string, Rows> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const key = (db.pragma(`table_info(${table})`) as { name: string; pk: number }[]).find((c) => c.pk === 1);
        return [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${key?.name}`).all() as Rows];
      }),
    );
  } finally {
    db.close();
  }
}

/** A pg client that reads bigint as a number, as the app does; for raw checks of the target. */
export async function connectTarget(url: string): Promise<pg.Client> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (text: string) => Number(text) : pg.types.getTypeParser(oid, format),
  } as pg.CustomTypesConfig;
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  return client;
}

/** The same tables on PostgreSQL, in byte order of their keys, without the PostgreSQL-only columns. */
export async function readPostgresTables(client: pg.Client, tables: readonly string[]): Promise<Record<string, Rows>> {
  const read: Record<string, Rows> = {};
  for (const table of tables) {
    const key = await client.query<{ column: string; type: string }>(
      `SELECT a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = $1::regclass AND i.indisprimary`,
      [table],
    );
    const column = key.rows[0];
    const order = column?.type === 'text' ? `${column.column} COLLATE "C"` : column?.column;
    const { rows } = await client.query(`SELECT * FROM ${table} ORDER BY ${order}`);
    const onlyHere = POSTGRES_ONLY_COLUMNS[table] ?? [];
    read[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([name]) => !onlyHere.includes(name))),
    );
  }
  return read;
}

/** Row counts of the target's tables (0 where a table does not exist yet). */
export async function countTargetRows(client: pg.Client, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const exists = await client.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [table]);
    counts[table] = exists.rows[0]?.ok
      ? Number((await client.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n)
      : 0;
  }
  return counts;
}
