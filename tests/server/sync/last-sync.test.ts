/**
 * A device's last sync, as admins see it on the devices screen: written at most once a minute
 * (issue 19: every pull, push and snapshot writing it put an fsync in front of each answer), so
 * what admins read is never more than a minute behind the device's latest sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Device } from '../../../src/core/auth/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import { pull, push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

const T0 = Date.UTC(2026, 10, 27, 19, 0, 0);
let clock = T0;
let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld({ now: () => new Date(clock) });
});
afterAll(async () => {
  await world.server.close();
});

async function lastSyncOfKiosk(): Promise<string | null | undefined> {
  const { body } = await world.admin.get<{ devices: Device[] }>('/api/devices');
  return body.devices.find((device) => device.id === world.kioskId)?.lastSyncAt;
}

describe("a device's last sync", () => {
  it('is written on the first sync, then at most once a minute, and is never more than a minute behind', async () => {
    clock = T0;
    expect(await lastSyncOfKiosk()).toBeNull();
    expect((await pull(world.kiosk)).status).toBe(200);
    expect(await lastSyncOfKiosk()).toBe(new Date(T0).toISOString());

    // Within the minute: pulls, snapshots and pushes answer as before and write nothing.
    clock = T0 + 30_000;
    expect((await pull(world.kiosk)).status).toBe(200);
    expect((await snapshotOf(world.kiosk)).status).toBe(200);
    clock = T0 + 59_999;
    const kiosk = opBuilder(world.kioskId, null, clock);
    const checkIn = kiosk.op(
      {
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: 'A-1', who: 'visitor', name: null },
      },
      { now: clock },
    );
    expect((await push(world.kiosk, [checkIn])).body.results[0]?.status).toBe('accepted');
    expect(await lastSyncOfKiosk()).toBe(new Date(T0).toISOString());

    // A minute on, the next sync of any kind is written.
    clock = T0 + 60_000;
    const again = kiosk.op(
      {
        type: 'visit.checkedIn',
        payload: { visitId: testId('visit'), day: '2026-11-27', ticket: 'A-2', who: 'visitor', name: null },
      },
      { now: clock },
    );
    expect((await push(world.kiosk, [again])).body.results[0]?.status).toBe('accepted');
    expect(await lastSyncOfKiosk()).toBe(new Date(T0 + 60_000).toISOString());

    clock = T0 + 125_000;
    expect((await snapshotOf(world.kiosk)).status).toBe(200);
    expect(await lastSyncOfKiosk()).toBe(new Date(T0 + 125_000).toISOString());
    clock = T0 + 190_000;
    expect((await pull(world.kiosk)).status).toBe(200);
    expect(await lastSyncOfKiosk()).toBe(new Date(T0 + 190_000).toISOString());
  });
});
