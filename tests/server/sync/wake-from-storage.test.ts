/**
 * Held pulls wake on the storage's new-ops signal, not on this app's push route: ops stored
 * through the storage directly, as another server process on the same database would store
 * them, answer a waiting pull at once (issue 17).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { opBuilder, testId } from '../../support/op-factory.js';
import { pull, type SyncWorld, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

it('answers a held pull as soon as ops are stored without going through this app', async () => {
  const { storage } = world.server;
  const start = (await pull(world.staff, 0, '&limit=1000')).body.cursor;
  const waiting = pull(world.staff, start, '&wait=15');
  await expect.poll(() => world.server.app.heldPulls()).toBe(1);

  const staff = await storage.accounts.findStaff(world.staffId);
  const op = opBuilder(testId('laptop'), world.staffId, Date.now()).op({
    type: 'stock.received',
    payload: { itemId: testId('item'), quantity: 2, kind: 'donation' },
  });
  const stored = await storage.ops.push({ ops: [op], pusher: { staff, device: undefined }, now: new Date() });
  expect(stored.accepted).toBe(1);
  // Generous bound: the long-poll itself would end only after 15 s.
  const answer = await Promise.race([
    waiting,
    new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000)),
  ]);
  expect(answer).not.toBe('late');
  if (answer !== 'late') expect(answer.body.ops.map((o) => o.id)).toEqual([op.id]);
});
