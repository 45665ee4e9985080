/**
 * The server's disk fills up (SQLite's own SQLITE_FULL, through PRAGMA max_page_count on the
 * server's connection) or its database turns read-only (PRAGMA query_only: SQLITE_READONLY) while
 * devices push: each push commits whole and answers 200, or answers 503 and commits nothing;
 * reads go on; and once space returns the devices' resends store every op exactly once.
 */
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder } from '../../support/op-factory.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { type SyncWorld, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
let sqlite: Database;
/** Moved on before the reads, so each one is due to note last seen, last synced and the session's touch: writes that must not stop a read. */
let clockAhead = 0;

beforeEach(async () => {
  clockAhead = 0;
  world = await startSyncWorld({ now: () => new Date(Date.now() + clockAhead) });
  if (!world.server.sqlite) throw new Error('this file is about SQLite');
  sqlite = world.server.sqlite;
});
afterEach(() => world.server.close());

function receipts(count: number, builder = opBuilder('laptop_disk0001', world.adminId, Date.now())): Op[] {
  return Array.from({ length: count }, (_, i) =>
    builder.op({
      type: 'stock.received',
      // A note makes each op take room, so a batch needs new pages.
      payload: { itemId: `item_disk_${i % 5}`, quantity: 1 + (i % 3), kind: 'donation', note: 'x'.repeat(400) },
    }),
  );
}

async function storedIds(ops: readonly Op[]): Promise<string[]> {
  const ids = ops.map((op) => op.id);
  const rows = await world.server.peek<{ id: string }>(
    `SELECT id FROM ops WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ...ids,
  );
  return rows.map((row) => row.id).sort();
}

async function pullEverything(client: ApiClient): Promise<Op[]> {
  const pulled: Op[] = [];
  let cursor = 0;
  for (;;) {
    const page = await client.get<{ ops: Op[]; cursor: number; more: boolean }>(
      `/api/sync/pull?after=${cursor}&limit=1000`,
    );
    expect(page.status).toBe(200);
    pulled.push(...page.body.ops);
    cursor = page.body.cursor;
    if (!page.body.more) return pulled;
  }
}

function expectUnavailable(response: ApiResponse<unknown>, because: RegExp): void {
  expect(response.status).toBe(503);
  expect(response.body).toEqual({ error: 'storage_unavailable', message: expect.stringMatching(because) });
  expect((response.body as { message: string }).message).toContain('Nothing you sent was lost');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
}

describe('a full disk under the server', () => {
  it('answers each push whole or 503 with nothing stored, keeps reading, and takes the resends once space returns', async () => {
    const first = receipts(100);
    expect((await world.admin.post<PushResponse>('/api/sync/push', { ops: first })).status).toBe(200);

    // The database may not grow by one more page: the next batches need room SQLite cannot get.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    expect(sqlite.pragma(`max_page_count = ${pages}`, { simple: true })).toBe(pages);
    const builder = opBuilder('laptop_disk0002', world.adminId, Date.now());
    const batches = [receipts(200, builder), receipts(200, builder), receipts(200, builder)];
    // Sent together, they share one transaction on the server (push-group.ts).
    const answers = await Promise.all(batches.map((ops) => world.admin.post<PushResponse>('/api/sync/push', { ops })));
    for (const [index, answer] of answers.entries()) {
      const batch = batches[index] as Op[];
      if (answer.status === 200) expect(await storedIds(batch)).toEqual(batch.map((op) => op.id).sort());
      else {
        expectUnavailable(answer, /its disk is full/);
        expect(await storedIds(batch)).toEqual([]);
      }
    }
    expect(answers.some((answer) => answer.status === 503)).toBe(true);

    // Reads still answer, for devices and for staff, though each would note a time.
    clockAhead = 5 * 60_000;
    expect((await world.kiosk.get('/api/sync/pull?after=0')).status).toBe(200);
    expect((await world.kiosk.get('/api/sync/snapshot')).status).toBe(200);
    expect((await world.staff.get('/api/devices')).status).toBe(200);
    expect(await pullEverything(world.admin)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: first[0]?.id })]),
    );

    // Space returns; no restart. The device sends its whole outbox again (what was answered 200
    // is a duplicate now, what was answered 503 is new).
    sqlite.pragma('max_page_count = 1073741823');
    for (const batch of batches) {
      const resend = await world.admin.post<PushResponse>('/api/sync/push', { ops: batch });
      expect(resend.status).toBe(200);
      expect(resend.body.results.every((result) => result.status !== 'rejected')).toBe(true);
    }
    const pulled = await pullEverything(world.admin);
    const sent = [...first, ...batches.flat()].map((op) => op.id);
    const fromLaptops = pulled.filter((op) => op.deviceId.startsWith('laptop_disk')).map((op) => op.id);
    expect(fromLaptops.sort()).toEqual(sent.sort());
    const snapshot = await world.admin.get<{ views: { key: string; view: unknown }[] }>('/api/sync/snapshot');
    expect(new Map(snapshot.body.views.map((record) => [record.key, record.view]))).toEqual(foldOps(pulled));
  });
});

describe('a database that turns read-only under the server', () => {
  it('answers pushes 503 with nothing stored, keeps reading, and takes the resend once it can write again', async () => {
    sqlite.pragma('query_only = ON');
    const ops = receipts(20);
    expectUnavailable(await world.admin.post('/api/sync/push', { ops }), /its database is read-only/);
    expect(await storedIds(ops)).toEqual([]);
    clockAhead = 5 * 60_000;
    // Other writes too: a pairing code is refused the same way.
    expectUnavailable(await world.staff.post('/api/devices/pairings', { name: 'Tablet', role: 'kiosk' }), /read-only/);
    expect((await world.kiosk.get('/api/sync/pull?after=0')).status).toBe(200);
    expect((await world.staff.get('/api/devices')).status).toBe(200);

    sqlite.pragma('query_only = OFF');
    const resend = await world.admin.post<PushResponse>('/api/sync/push', { ops });
    expect(resend.status).toBe(200);
    expect(resend.body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
    expect(await storedIds(ops)).toEqual(ops.map((op) => op.id).sort());
  });
});
