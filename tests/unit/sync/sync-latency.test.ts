/**
 * What keeps a kiosk request's way to a staff screen short (issue 19): a held long-poll's answer
 * is stored as it comes (no second round to ask for it again), a write is pushed after a short
 * pause rather than a fixed quarter second, and a pull asks for the next page while it stores one.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Op } from '../../../src/core/ops/op.js';
import type { PullResponse } from '../../../src/core/sync/api.js';
import type { OpStore } from '../../../src/store/op-store.js';
import { createSyncClient, type SyncClient } from '../../../src/sync/sync-client.js';
import { pullChanges } from '../../../src/sync/sync-cycle.js';
import type { PullOptions, SyncTransport } from '../../../src/sync/sync-transport.js';
import { opBuilder } from '../../support/op-factory.js';
import { closeAll, freshIndexedDb, openDevice, received } from '../store/fixtures.js';

type Call = { what: 'push' | 'pull' | 'snapshot'; at: number; after?: number; wait?: number; sent?: number };

const other = opBuilder('device_other_1', 'staff_other');
const START = Date.UTC(2026, 10, 28, 19);

/** A server holding `log` (cursor = position); a pull with `wait` and nothing new answers empty. */
function logTransport(log: Op[]) {
  const calls: Call[] = [];
  const pageOf = (after: number, limit: number): PullResponse => {
    const ops = log.slice(after, after + limit);
    return {
      serverId: 'server_1',
      cursor: after + ops.length,
      more: after + ops.length < log.length,
      ops,
      views: [],
      directory: [],
    };
  };
  const transport: SyncTransport = {
    async push(ops) {
      calls.push({ what: 'push', at: Date.now(), sent: ops.length });
      return {
        ok: true,
        value: { serverId: 'server_1', results: ops.map((op) => ({ id: op.id, status: 'accepted' })) },
      };
    },
    async pull(after, { limit = 500, wait = 0 }: PullOptions = {}) {
      calls.push({ what: 'pull', at: Date.now(), after, wait });
      return { ok: true, value: pageOf(after, limit) };
    },
    async snapshot() {
      calls.push({ what: 'snapshot', at: Date.now() });
      return { ok: true, value: { serverId: 'server_1', cursor: 0, views: [], directory: [] } };
    },
  };
  return { transport, calls };
}

let client: SyncClient | undefined;

beforeEach(async () => {
  await freshIndexedDb();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
});
afterEach(async () => {
  const stopping = client?.stop();
  await vi.runOnlyPendingTimersAsync();
  await stopping;
  client = undefined;
  vi.useRealTimers();
  await closeAll();
});

/** Lets the client's work run (IndexedDB answers on real macrotasks) without moving the clock. */
async function settle() {
  for (let i = 0; i < 30; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(0);
  }
}

describe('a held long-poll', () => {
  it('stores the news it answers with and holds the next pull open from there, without another round', async () => {
    const log: Op[] = [other.op(received('item_soap', 2))];
    const server = logTransport(log);
    const { store } = await openDevice('held');
    const statuses: (string | null)[] = [];
    client = createSyncClient({
      store,
      transport: server.transport,
      live: true,
      onStatus: (status) => statuses.push(status.lastSyncAt),
    });
    client.start();
    await settle();
    expect(await store.getCursor()).toMatchObject({ cursor: 1 });

    // Another device's op arrives while the pull is held: the held pull answers with it.
    const news = other.op(received('item_soap', 3));
    log.push(news);
    const before = server.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    await settle();

    expect(await store.view('stock:item_soap')).toMatchObject({ onHand: 5 });
    expect(await store.getCursor()).toMatchObject({ cursor: 2 });
    const after = server.calls.slice(before);
    // Only long-polls: the first answered with the news, the next is held from the new cursor.
    expect(after.every((call) => call.what === 'pull' && (call.wait ?? 0) > 0)).toBe(true);
    expect(after.map((call) => call.after)).toContain(2);
    // Reported as a sync, so screens read their views again.
    expect(new Set(statuses.filter((at) => at !== null)).size).toBeGreaterThanOrEqual(1);
    expect(client.status).toMatchObject({ phase: 'idle', problem: null });
  });
});

describe('after a local write', () => {
  async function writer() {
    const server = logTransport([]);
    const { store } = await openDevice('writer');
    client = createSyncClient({ store, transport: server.transport, live: false });
    client.start();
    await settle();
    const write = async (quantity: number) => {
      await store.record(received('item_blanket', quantity), { deviceId: 'device_0001', actor: 'staff_00001' });
      client?.trigger('write');
    };
    return { server, write };
  }

  it('pushes once the writes pause for 40 ms, not a quarter second later', async () => {
    const { server, write } = await writer();
    const started = Date.now();
    await write(1);
    await settle();
    await vi.advanceTimersByTimeAsync(39);
    await settle();
    expect(server.calls.filter((call) => call.what === 'push')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    const pushes = server.calls.filter((call) => call.what === 'push');
    expect(pushes).toHaveLength(1);
    expect((pushes[0]?.at ?? 0) - started).toBeLessThanOrEqual(40);
  });

  it('does not wait past 250 ms for writes that keep coming', async () => {
    const { server, write } = await writer();
    // Twelve writes 30 ms apart (360 ms): never a 40 ms pause, yet a round goes before the last.
    for (let i = 0; i < 12; i += 1) {
      await write(i + 1);
      await vi.advanceTimersByTimeAsync(30);
    }
    await settle();
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    const pushes = server.calls.filter((call) => call.what === 'push');
    expect(pushes.length).toBeGreaterThanOrEqual(2);
    expect(pushes[0]?.sent).toBeLessThan(12);
    expect(pushes.reduce((total, call) => total + (call.sent ?? 0), 0)).toBe(12);
  });
});

describe('pulling many pages', () => {
  it('asks for the next page while it stores this one, and stores them in order', async () => {
    const log = Array.from({ length: 25 }, (_, i) => other.op(received(`item_${i % 3}_soap`, 1)));
    const server = logTransport(log);
    const { store } = await openDevice('pages');
    await store.applySnapshot({ serverId: 'server_1', cursor: 0, views: [], directory: [] });
    const events: string[] = [];
    const watched: OpStore = {
      ...store,
      async applyPulled(page) {
        events.push(`store ${page.cursor}`);
        const added = await store.applyPulled(page);
        events.push(`stored ${page.cursor}`);
        return added;
      },
    };
    const transport: SyncTransport = {
      ...server.transport,
      pull: (after, options) => {
        events.push(`ask ${after}`);
        return server.transport.pull(after, options);
      },
    };
    expect(await pullChanges(watched, transport, 10)).toEqual({ ok: true });
    expect(events).toEqual([
      'ask 0',
      'ask 10',
      'store 10',
      'stored 10',
      'ask 20',
      'store 20',
      'stored 20',
      'store 25',
      'stored 25',
    ]);
    expect(await store.getCursor()).toMatchObject({ cursor: 25 });
    expect((await store.allOps()).map((op) => op.id)).toEqual(log.map((op) => op.id));
  });
});
