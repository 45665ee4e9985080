/**
 * A device says with its sync whether its own storage is full; staff read it on the device's row
 * (GET /api/devices). Only the calling device's row changes, a bad value is refused, and 'ok'
 * clears it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device } from '../../../src/core/auth/api.js';
import { opBuilder } from '../../support/op-factory.js';
import { pairDevice } from '../support/auth-fixtures.js';
import { type SyncWorld, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeEach(async () => {
  world = await startSyncWorld();
});
afterEach(() => world.server.close());

async function storageFullSince(id: string): Promise<string | null | undefined> {
  const list = await world.staff.get<{ devices: Device[] }>('/api/devices');
  expect(list.status).toBe(200);
  return list.body.devices.find((device) => device.id === id)?.storageFullSince;
}

function checkIn(deviceId: string) {
  return opBuilder(deviceId, null, Date.now()).op({
    type: 'visit.checkedIn',
    payload: { visitId: `visit_${deviceId}`, day: '2026-12-03', ticket: null, who: 'visitor', name: null },
  });
}

describe("a device's own storage, as it reports it", () => {
  it('is recorded from a pull, kept while it stays full, and cleared by a push that says ok', async () => {
    expect(await storageFullSince(world.kioskId)).toBeNull();
    expect((await world.kiosk.get('/api/sync/pull?after=0&deviceStorage=full')).status).toBe(200);
    const since = await storageFullSince(world.kioskId);
    expect(since).toEqual(expect.any(String));
    // Saying it again keeps the first time; saying nothing changes nothing.
    expect((await world.kiosk.get('/api/sync/pull?after=0&deviceStorage=full')).status).toBe(200);
    expect((await world.kiosk.get('/api/sync/pull?after=0')).status).toBe(200);
    expect(await storageFullSince(world.kioskId)).toBe(since);

    const push = await world.kiosk.post('/api/sync/push', { ops: [checkIn(world.kioskId)], deviceStorage: 'ok' });
    expect(push.status, JSON.stringify(push.body)).toBe(200);
    expect(await storageFullSince(world.kioskId)).toBeNull();
  });

  it('is recorded on the calling device only, and never for a browser that is not a paired device', async () => {
    const { device: other, id: otherId } = await pairDevice(world.server, world.admin, 'Second tablet');
    expect(
      (await world.kiosk.post('/api/sync/push', { ops: [checkIn(world.kioskId)], deviceStorage: 'full' })).status,
    ).toBe(200);
    expect(await storageFullSince(world.kioskId)).toEqual(expect.any(String));
    expect(await storageFullSince(otherId)).toBeNull();

    // The other tablet saying ok clears its own row, not the first one's.
    expect((await other.get('/api/sync/pull?after=0&deviceStorage=ok')).status).toBe(200);
    expect(await storageFullSince(world.kioskId)).toEqual(expect.any(String));
    // A staff browser with no device token has no row: its report changes no device.
    expect((await world.staff.get('/api/sync/pull?after=0&deviceStorage=ok')).status).toBe(200);
    expect(await storageFullSince(world.kioskId)).toEqual(expect.any(String));
  });

  it('refuses a value that is not ok or full with 400, changing nothing', async () => {
    const pull = await world.kiosk.get('/api/sync/pull?after=0&deviceStorage=empty');
    expect(pull.status).toBe(400);
    expect(pull.body).toEqual({ error: 'bad_request', message: expect.stringContaining('deviceStorage') });
    const push = await world.kiosk.post('/api/sync/push', { ops: [checkIn(world.kioskId)], deviceStorage: true });
    expect(push.status).toBe(400);
    expect(await world.server.peekValue<number>('SELECT count(*) FROM ops WHERE device_id = ?', world.kioskId)).toBe(0);
    expect(await storageFullSince(world.kioskId)).toBeNull();
  });
});
