/**
 * The server on a PostgreSQL database that turns read-only (default_transaction_read_only, as on a
 * hot standby: SQLSTATE 25006) answers pushes 503 with nothing stored and keeps serving reads; once
 * the database takes writes again, the device's resend stores every op exactly once. The setting
 * reaches a session only when it connects, so the test ends the server's connections each way, as
 * a database restart or failover does; the server reconnects by itself.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Op } from '../../../src/core/ops/op.js';
import type { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder } from '../../support/op-factory.js';
import { databaseNameOf } from '../../support/postgres.js';
import type { ApiResponse } from '../support/api-client.js';
import { type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
let admin: pg.Client;
let name: string;

beforeAll(async () => {
  world = await startSyncWorld();
  if (world.server.database.engine !== 'postgres') throw new Error('this file is about PostgreSQL');
  name = databaseNameOf(world.server.database.url);
  admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await world?.server.close();
});

/** Sets the database's default and ends every connection to it made before, waiting until they are gone. */
async function reconnectWith(readOnly: boolean): Promise<void> {
  await admin.query(
    readOnly
      ? `ALTER DATABASE ${name} SET default_transaction_read_only = on`
      : `ALTER DATABASE ${name} RESET default_transaction_read_only`,
  );
  const before = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name]);
  const pids = before.rows.map((row) => row.pid);
  await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
  await expect
    .poll(
      async () => (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1::int[])', [pids])).rowCount,
      {
        timeout: 15_000,
      },
    )
    .toBe(0);
}

async function storedCount(ops: readonly Op[]): Promise<number> {
  const ids = ops.map((op) => op.id);
  return (
    (await world.server.peekValue<number>(
      `SELECT count(*) FROM ops WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ...ids,
    )) ?? 0
  );
}

describe('a PostgreSQL database that turns read-only', () => {
  it('answers pushes 503 with nothing stored, keeps serving reads, and takes the resend once writable again', async () => {
    const laptop = opBuilder('laptop_pgro0001', world.adminId, Date.now());
    const ops = Array.from({ length: 30 }, (_, i) =>
      laptop.op({ type: 'stock.received', payload: { itemId: `item_pgro_${i % 3}`, quantity: 2, kind: 'donation' } }),
    );
    await reconnectWith(true);

    // The pool's connections that had not yet heard of their end fail once (nothing stored): wait for the 503.
    let refused: ApiResponse | undefined;
    await expect
      .poll(
        async () => {
          refused = await world.admin.post('/api/sync/push', { ops });
          return refused.status;
        },
        { timeout: 30_000 },
      )
      .toBe(503);
    expect(refused?.body).toEqual({
      error: 'storage_unavailable',
      message: expect.stringContaining('its database is read-only. Nothing you sent was lost'),
    });
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await storedCount(ops)).toBe(0);
    expect((await world.kiosk.get('/api/sync/pull?after=0')).status).toBe(200);
    expect((await world.staff.get('/api/devices')).status).toBe(200);

    await reconnectWith(false);
    let resent = await world.admin.post<PushResponse>('/api/sync/push', { ops });
    await expect
      .poll(
        async () => {
          if (resent.status !== 200) resent = await world.admin.post<PushResponse>('/api/sync/push', { ops });
          return resent.status;
        },
        { timeout: 30_000 },
      )
      .toBe(200);
    expect(resent.body.results.every((result) => result.status !== 'rejected')).toBe(true);
    expect(await storedCount(ops)).toBe(ops.length);
  });
});
