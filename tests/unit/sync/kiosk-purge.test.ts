/**
 * After a sync round that the server answered, a kiosk keeps only the same-day records of its
 * visits and requests; a staff device keeps its whole log. Real server, real sync client.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { returningVisit } from '../../../src/core/kiosk/same-day.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { closeDropinDb } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import type { OpStore } from '../../../src/store/op-store.js';
import { purgeIfKiosk } from '../../../src/sync/kiosk-purge.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { pairDevice, setUpFirstAdmin } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { pairedIdentity } from '../../support/device-fixtures.js';
import { testId } from '../../support/op-factory.js';
import { expectSynced, type TestDevice, testDevice } from './sync-harness.js';

let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
});

/** A paired device of `role` whose sync client purges after each answered push, as the app's does. */
async function pairedDevice(role: 'kiosk' | 'staff'): Promise<TestDevice> {
  const paired = await pairDevice(server, admin, `Tablet ${testId('t')}`, role);
  const identity = pairedIdentity({ id: paired.id, name: 'Tablet', role }, { token: paired.token });
  await saveDeviceIdentity(identity);
  let store: OpStore | undefined;
  const device = await testDevice({
    baseUrl: server.baseUrl,
    deviceId: paired.id,
    actor: null,
    // A staff laptop syncs with a staff member signed in on it as well.
    credentials: role === 'staff' ? withSession(paired.device) : paired.device,
    client: {
      afterPush: async () => {
        if (store) await purgeIfKiosk(store);
      },
    },
  });
  store = device.store;
  return device;
}

function withSession(device: ApiClient): ApiClient {
  device.sessionCookie = admin.sessionCookie;
  return device;
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());

function dayAtTheCenter(visitId: string, requestId: string, participantId: string): OpDraft[] {
  const day = today();
  return [
    {
      type: 'visit.checkedIn',
      payload: { visitId, day, ticket: 'A-1', who: 'participant', participantId, method: 'card' },
    },
    {
      type: 'request.created',
      payload: {
        requestId,
        visitId,
        day,
        participantId,
        ticket: 'A-1',
        items: [{ itemId: 'item_blanket', quantity: 2 }],
      },
    },
    {
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day, ticket: 'A-2', who: 'visitor', name: 'Carla' },
    },
  ];
}

async function serverHas(ids: readonly string[]): Promise<number> {
  const marks = ids.map(() => '?').join(', ');
  return (await server.peekValue<number>(`SELECT count(*) FROM ops WHERE id IN (${marks})`, ...ids)) ?? 0;
}

describe('the purge after a sync round', () => {
  it('leaves a kiosk only the same-day records once the server has its ops', async () => {
    const kiosk = await pairedDevice('kiosk');
    const [visitId, requestId, participantId] = [testId('visit'), testId('request'), testId('person')];
    const ops = await kiosk.store.recordAll(dayAtTheCenter(visitId, requestId, participantId), {
      deviceId: kiosk.deviceId,
      actor: null,
    });

    await expectSynced(kiosk);

    expect(await serverHas(ops.map((op) => op.id))).toBe(3);
    expect(await kiosk.store.outboxCount()).toBe(0);
    const left = JSON.stringify([await kiosk.store.allOps(), [...(await kiosk.store.allViews()).values()]]);
    expect(left).not.toMatch(/visit\.checkedIn|request\.created|Carla/);
    expect(returningVisit(await kiosk.store.sameDayRecords(), participantId, today())).toEqual({
      visitId,
      day: today(),
      ticket: 'A-1',
      asked: new Map([['item_blanket', 2]]),
    });
  });

  it('leaves a staff device its whole log', async () => {
    const laptop = await pairedDevice('staff');
    // On a staff device these are front-desk check-ins, made in the signed-in person's name.
    const adminId = (await admin.get<{ staff: { id: string } }>('/api/session')).body.staff.id;
    const ops = await laptop.store.recordAll(dayAtTheCenter(testId('visit'), testId('request'), testId('person')), {
      deviceId: laptop.deviceId,
      actor: adminId,
    });
    await expectSynced(laptop);
    expect(await serverHas(ops.map((op) => op.id))).toBe(3);
    expect((await laptop.store.allOps()).map((op) => op.id)).toEqual(expect.arrayContaining(ops.map((op) => op.id)));
  });
});
