/**
 * A kiosk whose storage fills up tells the server with its next sync, through the real op store,
 * sync client and HTTP transport against a real in-process server: staff then see it on the
 * device's row, and it clears once the kiosk saves a check-in again. What was waiting in the
 * outbox still goes out whole.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Device } from '../../../src/core/auth/api.js';
import { centerDay } from '../../../src/core/day.js';
import { StorageFullError } from '../../../src/store/storage-errors.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { pairDevice, setUpFirstAdmin } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { closeAll, failRequestsTo, openDevice, visitorCheckIn } from '../store/fixtures.js';
import { testDevice } from './sync-harness.js';

const today = centerDay(new Date());
let server: TestServer;
let admin: ApiClient;
let kiosk: { device: ApiClient; id: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
  kiosk = await pairDevice(server, admin);
});
afterAll(() => server.close());
afterEach(closeAll);

async function storageFullSince(): Promise<string | null | undefined> {
  const list = await admin.get<{ devices: Device[] }>('/api/devices');
  return list.body.devices.find((device) => device.id === kiosk.id)?.storageFullSince;
}

describe('a kiosk whose storage is full', () => {
  it('says so with its next sync, sends what it had waiting, and clears it once it saves again', async () => {
    const device = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: kiosk.id,
      actor: null,
      credentials: kiosk.device,
    });
    const author = { deviceId: kiosk.id, actor: null };
    const waiting = await device.store.record(visitorCheckIn(1, today), author);

    // The device runs out of space: the next check-in is not saved (fake-indexeddb's internals, as a browser fails).
    const { db } = await openDevice('storage-report-proto');
    const full = failRequestsTo(db, 'outbox');
    await expect(device.store.record(visitorCheckIn(2, today), author)).rejects.toBeInstanceOf(StorageFullError);
    expect(full).toHaveBeenCalled();
    expect(device.store.storageReport()).toBe('full');

    expect((await device.client.syncNow()).ok).toBe(true);
    expect(await storageFullSince()).toEqual(expect.any(String));
    expect(await server.peekValue<number>('SELECT count(*) FROM ops WHERE id = ?', waiting.id)).toBe(1);
    expect(await device.store.outboxCount()).toBe(0);

    // Space is freed; the next check-in is saved, and the sync after it clears the warning.
    full.mockRestore();
    await device.store.record(visitorCheckIn(3, today), author);
    expect((await device.client.syncNow()).ok).toBe(true);
    expect(await storageFullSince()).toBeNull();
  });
});

describe('a server that cannot save (503 storage_unavailable)', () => {
  it('is a problem the round reports and retries: the outbox stays until the server can save again', async () => {
    // A kiosk of its own: a new device database numbers its ops from 1 again.
    const tablet = await pairDevice(server, admin, 'Second tablet');
    const device = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: tablet.id,
      actor: null,
      credentials: tablet.device,
    });
    const op = await device.store.record(visitorCheckIn(4, today), { deviceId: tablet.id, actor: null });
    server.sqlite?.pragma('query_only = ON');
    try {
      const failed = await device.client.syncNow();
      expect(failed).toMatchObject({ ok: false, failure: { status: 503, error: 'storage_unavailable' } });
      expect(device.client.status).toMatchObject({ phase: 'offline', problem: 'storage_unavailable' });
      expect(await device.store.outboxCount()).toBe(1);
    } finally {
      server.sqlite?.pragma('query_only = OFF');
    }
    expect((await device.client.syncNow()).ok).toBe(true);
    expect(await device.store.outboxCount()).toBe(0);
    expect(await server.peekValue<number>('SELECT count(*) FROM ops WHERE id = ?', op.id)).toBe(1);
  });
});
