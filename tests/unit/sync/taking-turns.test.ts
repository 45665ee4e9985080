/**
 * Two staff members take turns on one paired laptop while its sync cannot reach the server; when
 * it can, the real sync client delivers both people's work and the server keeps each op as theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { testId } from '../../support/op-factory.js';
import { expectSynced, testDevice } from './sync-harness.js';

let server: TestServer;
let admin: ApiClient;
const ids: Record<'alex' | 'bea', string> = { alex: '', bea: '' };

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
  ids.alex = await createStaff(admin, { displayName: 'Alex', loginName: 'alex', secret: '739154' });
  ids.bea = await createStaff(admin, { displayName: 'Bea', loginName: 'bea', secret: '739154' });
});
afterAll(async () => {
  await server.close();
});

describe('taking turns on an offline laptop', () => {
  it('keeps what each person did as theirs once the laptop syncs', async () => {
    const paired = await pairDevice(server, admin, 'Front desk laptop', 'staff');
    const credentials = paired.device;
    await signIn(server, 'alex', '739154', credentials);
    const laptop = await testDevice({ baseUrl: server.baseUrl, deviceId: paired.id, actor: null, credentials });
    laptop.goOffline();
    const soap = testId('item');
    const alexDid = await laptop.store.record(
      { type: 'stock.received', payload: { itemId: soap, quantity: 10, kind: 'donation' } },
      { deviceId: paired.id, actor: ids.alex },
    );
    // Alex hands over: the sign-out reaches the server, the laptop's sync still does not.
    expect((await credentials.delete('/api/session')).status).toBe(200);
    await signIn(server, 'bea', '739154', credentials);
    const beaDid = await laptop.store.record(
      { type: 'stock.handedOut', payload: { itemId: soap, quantity: 3 } },
      { deviceId: paired.id, actor: ids.bea },
    );

    laptop.goOnline();
    await expectSynced(laptop);
    expect(await laptop.store.outboxCount()).toBe(0);
    expect(await laptop.store.rejectedOps()).toEqual([]);
    const stored = await server.peek(
      'SELECT id, actor, pushed_by_staff AS "pushedBy" FROM ops WHERE id IN (?, ?) ORDER BY cursor',
      alexDid.id,
      beaDid.id,
    );
    expect(stored).toEqual([
      { id: alexDid.id, actor: ids.alex, pushedBy: ids.bea },
      { id: beaDid.id, actor: ids.bea, pushedBy: ids.bea },
    ]);
    expect(stockLevels(await laptop.store.allViews()).get(soap)).toBe(7);
  });

  it('sets aside, never loses, an op in the name of someone who never used this laptop', async () => {
    const paired = await pairDevice(server, admin, 'Back office laptop', 'staff');
    await signIn(server, 'bea', '739154', paired.device);
    const laptop = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: paired.id,
      actor: null,
      credentials: paired.device,
    });
    const forged = await laptop.store.record(
      { type: 'stock.received', payload: { itemId: testId('item'), quantity: 1, kind: 'donation' } },
      { deviceId: paired.id, actor: ids.alex },
    );
    await expectSynced(laptop);
    const rejected = await laptop.store.rejectedOps();
    expect(rejected.map(({ op, reason }) => ({ id: op.id, reason }))).toEqual([
      { id: forged.id, reason: 'actor_not_signed_in' },
    ]);
    expect(await server.peekValue('SELECT count(*) FROM ops WHERE id = ?', forged.id)).toBe(0);
  });
});
