import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Op } from '../../../src/core/ops/op.js';
import { backoffDelay } from '../../../src/sync/backoff.js';
import { createSyncClient, type SyncClient } from '../../../src/sync/sync-client.js';
import type { SyncTransport } from '../../../src/sync/sync-transport.js';
import { closeAll, freshIndexedDb, openDevice, received } from '../store/fixtures.js';

/** A server stand-in that records when it was called; it can be made unreachable. */
function scriptedTransport() {
  const calls: { what: 'push' | 'pull' | 'snapshot'; at: number; ops?: readonly Op[] }[] = [];
  const state = { reachable: true };
  const offline = { ok: false, status: 0, error: 'offline', message: 'unreachable' } as const;
  const transport: SyncTransport = {
    async push(ops) {
      calls.push({ what: 'push', at: Date.now(), ops });
      if (!state.reachable) return offline;
      return {
        ok: true,
        value: { serverId: 'server_1', results: ops.map((op) => ({ id: op.id, status: 'accepted' as const })) },
      };
    },
    async pull(after) {
      calls.push({ what: 'pull', at: Date.now() });
      if (!state.reachable) return offline;
      return {
        ok: true,
        value: { serverId: 'server_1', cursor: after, more: false, ops: [], views: [], directory: [] },
      };
    },
    async snapshot() {
      calls.push({ what: 'snapshot', at: Date.now() });
      if (!state.reachable) return offline;
      return { ok: true, value: { serverId: 'server_1', cursor: 0, views: [], directory: [] } };
    },
  };
  return { transport, calls, state };
}

const START = Date.UTC(2026, 10, 28, 19);
let client: SyncClient | undefined;

beforeEach(async () => {
  await freshIndexedDb();
  // Only timers and Date are faked; IndexedDB (fake-indexeddb) keeps its real scheduling.
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

async function startClient(options: { random?: () => number } = {}) {
  const { store } = await openDevice('scheduling');
  const server = scriptedTransport();
  client = createSyncClient({ store, transport: server.transport, live: false, random: options.random ?? (() => 1) });
  client.start();
  await settle();
  return { store, server, client };
}

/** Lets the client's work run (IndexedDB answers on real macrotasks) without moving the clock. */
async function settle() {
  for (let i = 0; i < 30; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(0);
  }
}

describe('backoff', () => {
  it('doubles the wait after each failure, up to a cap, with jitter in the upper half', () => {
    const policy = { baseMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => backoffDelay(attempt, policy, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(backoffDelay(3, policy, () => 0)).toBe(2000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3000);
  });
});

describe('when it syncs', () => {
  it('syncs at start, then retries a server it cannot reach after 1, 2, 4 and 8 seconds', async () => {
    const { server } = await startClient();
    server.state.reachable = false;
    client?.trigger('manual');
    await settle();
    const attempts = () => server.calls.filter((call) => call.what !== 'push').map((call) => call.at - START);
    for (const ms of [1000, 2000, 4000, 8000]) {
      await vi.advanceTimersByTimeAsync(ms);
      await settle();
    }
    // The first round reached the server (snapshot + pull); then failures back off.
    const failing = attempts().slice(2);
    expect(failing.map((at, index) => at - (failing[index - 1] ?? at))).toEqual([0, 1000, 2000, 4000, 8000]);
  });

  it('tries again at once when the network comes back, but not because of a local write', async () => {
    const { server, store } = await startClient();
    server.state.reachable = false;
    client?.trigger('manual');
    await settle();
    const before = server.calls.length;

    await store.record(received('item_blanket', 1), { deviceId: 'device_0001', actor: 'staff_00001' });
    client?.trigger('write');
    await settle();
    expect(server.calls.length).toBe(before);

    server.state.reachable = true;
    client?.trigger('online');
    await settle();
    expect(server.calls.slice(before).map((call) => call.what)).toEqual(['push', 'pull']);
    expect(client?.status).toMatchObject({ phase: 'idle', pending: 0, problem: null });
  });

  it('pushes shortly after a local write, one round for a burst of writes', async () => {
    const { server, store } = await startClient();
    await settle();
    const before = server.calls.length;
    for (const quantity of [1, 2, 3]) {
      await store.record(received('item_blanket', quantity), { deviceId: 'device_0001', actor: 'staff_00001' });
      client?.trigger('write');
    }
    await settle();
    await vi.advanceTimersByTimeAsync(250);
    await settle();
    const pushes = server.calls.slice(before).filter((call) => call.what === 'push');
    expect(pushes.map((call) => call.ops?.length)).toEqual([3]);
  });

  it('syncs on its own every 30 seconds when nothing happens', async () => {
    const { server } = await startClient();
    await settle();
    const before = server.calls.filter((call) => call.what === 'pull').length;
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    expect(server.calls.filter((call) => call.what === 'pull').length).toBe(before + 1);
  });

  it('reports offline with what is waiting, then idle with the time of the last sync', async () => {
    const { server, store } = await startClient();
    server.state.reachable = false;
    await store.record(received('item_blanket', 1), { deviceId: 'device_0001', actor: 'staff_00001' });
    client?.trigger('manual');
    await settle();
    expect(client?.status).toMatchObject({ phase: 'offline', pending: 1, problem: 'offline' });
    server.state.reachable = true;
    client?.trigger('online');
    await settle();
    expect(client?.status).toMatchObject({
      phase: 'idle',
      pending: 0,
      problem: null,
      lastSyncAt: new Date(Date.now()).toISOString(),
    });
  });
});

describe('holding a pull open between rounds', () => {
  it('asks again after an empty long-poll, at most about once a second, never in a tight loop', async () => {
    const { store } = await openDevice('long-poll');
    const server = scriptedTransport();
    client = createSyncClient({ store, transport: server.transport, live: true, random: () => 1 });
    client.start();
    await settle();
    const pushesBefore = server.calls.filter((call) => call.what === 'push').length;
    const pullsBefore = server.calls.filter((call) => call.what === 'pull').length;
    // The stand-in answers every pull at once with nothing new.
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    const pulls = server.calls.filter((call) => call.what === 'pull').length - pullsBefore;
    expect(pulls).toBeGreaterThanOrEqual(4);
    expect(pulls).toBeLessThanOrEqual(6);
    expect(server.calls.filter((call) => call.what === 'push').length).toBe(pushesBefore);
    expect(client.status.phase).toBe('idle');
  });
});
