/**
 * A whole day offline (issue 20): a kiosk takes 300 check-ins and 300 requests with no network,
 * a staff laptop, also offline, receives, hands out and counts; they reconnect in either order.
 * Afterwards the queue and the stock are the same on both devices and on the server, every op is
 * there exactly once, and stock equals the ledger computed here (`finalChecks`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { centerDay } from '../../src/core/day.js';
import type { RequestView } from '../../src/core/fold/views.js';
import type { Op } from '../../src/core/ops/op.js';
import { compileServer } from '../support/server-process.js';
import { finalChecks } from './support/final-checks.js';
import { type Fleet, type FleetDevice, startFleet } from './support/fleet.js';
import { DeviceWatch } from './support/watch.js';
import { STOCK_ITEMS } from './support/workload.js';

const VISITS = 300;
let fleet: Fleet | undefined;

afterEach(async () => {
  await fleet?.close();
  fleet = undefined;
});

const author = (device: FleetDevice) => ({ deviceId: device.deviceId, actor: device.actor });

/** The kiosk's day: each person checks in and asks for one or two things. */
async function kioskDay(kiosk: FleetDevice, watch: DeviceWatch): Promise<void> {
  const day = centerDay(new Date(kiosk.now()));
  for (let i = 0; i < VISITS; i += 1) {
    const visitId = `visit_day_${i}`;
    const { ops } = await kiosk.store.recordWithTicket(
      { letter: kiosk.ticketLetter, day },
      (ticket) => [
        { type: 'visit.checkedIn', payload: { visitId, day, ticket, who: 'visitor', name: null } },
        {
          type: 'request.created',
          payload: {
            requestId: `request_day_${i}`,
            visitId,
            day,
            participantId: null,
            ticket,
            items: [{ itemId: STOCK_ITEMS[i % STOCK_ITEMS.length] ?? '', quantity: 1 + (i % 2) }],
          },
        },
      ],
      author(kiosk),
    );
    await watch.afterWrite(ops);
  }
}

/** The laptop's day at the store room: deliveries in, hand-outs at the door, a count at closing. */
async function laptopDay(laptop: FleetDevice, watch: DeviceWatch): Promise<void> {
  const record = async (draft: Parameters<FleetDevice['store']['record']>[0]) =>
    watch.afterWrite([await laptop.store.record(draft, author(laptop))]);
  for (const itemId of STOCK_ITEMS) {
    await record({ type: 'stock.received', payload: { itemId, quantity: 40, kind: 'donation' } });
  }
  for (let i = 0; i < 60; i += 1) {
    await record({
      type: 'stock.handedOut',
      payload: { itemId: STOCK_ITEMS[i % STOCK_ITEMS.length] ?? '', quantity: 1 },
    });
  }
  const counted = STOCK_ITEMS.slice(0, 4).map((itemId, index) => ({ itemId, counted: 30 + index, believed: 0 }));
  for (const item of counted) {
    const view = (await laptop.store.view(`stock:${item.itemId}`)) as { onHand: number } | undefined;
    item.believed = view?.onHand ?? 0;
  }
  await record({ type: 'stock.counted', payload: { countId: 'count_day_1', items: counted } });
}

async function synced(device: FleetDevice): Promise<void> {
  const result = await device.client.syncNow();
  if (!result.ok) throw new Error(`${device.plan.label} did not sync: ${result.failure.error}`);
}

async function queueOf(device: FleetDevice): Promise<string[]> {
  const requests = await device.store.viewsOfKind('request');
  return requests.map((view: RequestView) => `${view.id}:${view.outcome?.type ?? 'waiting'}`).sort();
}

describe('a whole day offline', () => {
  for (const order of [
    ['kiosk', 'laptop'],
    ['laptop', 'kiosk'],
  ] as const) {
    it(`loses and doubles nothing when the ${order[0]} reconnects first`, { timeout: 180_000 }, async () => {
      await compileServer();
      fleet = await startFleet({
        plans: [
          { label: 'k1', role: 'kiosk', mode: 'manual', clockOffsetMs: 0 },
          { label: 's1', role: 'staff', mode: 'manual', clockOffsetMs: 0 },
        ],
        choose: () => null,
        schedulerOptions: { random: Math.random },
      });
      const [kiosk, laptop] = fleet.devices as [FleetDevice, FleetDevice];
      const watches = new Map([kiosk, laptop].map((device) => [device.plan.label, new DeviceWatch(device)]));
      // Both have what they need from the server (catalog, directory), then the network goes.
      await synced(kiosk);
      await synced(laptop);
      kiosk.goOffline();
      laptop.goOffline();
      await kioskDay(kiosk, watches.get('k1') as DeviceWatch);
      await laptopDay(laptop, watches.get('s1') as DeviceWatch);
      expect(await kiosk.store.outboxCount()).toBe(2 * VISITS);

      const byRole = { kiosk, laptop };
      const [first, second] = [byRole[order[0]], byRole[order[1]]];
      first.goOnline();
      await synced(first);
      second.goOnline();
      await synced(second);
      await synced(first);
      await synced(second);

      const figures = await finalChecks(fleet, watches);
      expect(figures).toMatchObject({ losses: 0, duplicates: 0 });
      const made: Op[] = [...(watches.get('k1')?.made ?? []), ...(watches.get('s1')?.made ?? [])];
      expect(figures.opsOnServer).toBeGreaterThanOrEqual(made.length);
      expect(made.filter((op) => op.type === 'visit.checkedIn')).toHaveLength(VISITS);
      expect(made.filter((op) => op.type === 'request.created')).toHaveLength(VISITS);
      // The queue: every request the kiosk took waits on the laptop, as on the server.
      const queue = await queueOf(laptop);
      expect(queue.filter((line) => line.startsWith('request_day_'))).toHaveLength(VISITS);
      expect(queue.every((line) => !line.startsWith('request_day_') || line.endsWith(':waiting'))).toBe(true);
      expect(await kiosk.store.outboxCount()).toBe(0);
      expect(await laptop.store.outboxCount()).toBe(0);
      expect(await laptop.store.rejectedOps()).toEqual([]);
      expect(await kiosk.store.rejectedOps()).toEqual([]);
    });
  }
});
