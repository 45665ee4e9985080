/**
 * A pull answers with its ops as the log stores them (issue 19), no longer parsed, validated and
 * written again: the answer must hold exactly what the response schema's serializer would have
 * written, for staff (every op) and for a kiosk (its ops, stock views and directory).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse } from '../../../src/core/sync/api.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE, testId } from '../../support/op-factory.js';
import { push, type SyncWorld, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

async function pullText(headers: Record<string, string>, after: number): Promise<string> {
  const response = await fetch(`${world.server.baseUrl}/api/sync/pull?after=${after}&limit=1000`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return response.text();
}

describe('a pull answer', () => {
  it('holds exactly what the schema would have written, for staff and for a kiosk', async () => {
    const admin = opBuilder(testId('laptop'), world.adminId, Date.now());
    const desk = opBuilder(testId('laptop'), world.staffId, Date.now());
    const itemId = testId('item');
    const participantId = testId('p');
    const requestId = testId('req');
    await push(world.admin, [
      admin.op({
        type: 'catalog.itemAdded',
        payload: { itemId, item: { ...TEST_ITEM, names: { en: 'Café ☕', es: 'Café "negro"' } } },
      }),
    ]);
    const accepted = await push(world.staff, [
      desk.op({
        type: 'stock.received',
        payload: { itemId, quantity: 4, kind: 'donation', source: 'St. Mary "church"' },
      }),
      desk.op({
        type: 'participant.enrolled',
        payload: {
          participantId,
          profile: { ...TEST_PROFILE, preferredName: 'Zoë' },
          consent: { agreed: true, at: '2026-11-27T19:00:00.000Z', recordedBy: world.staffId, textVersion: 'v1' },
        },
      }),
      desk.op({
        type: 'request.created',
        payload: {
          requestId,
          visitId: testId('visit'),
          day: '2026-11-27',
          participantId,
          ticket: 'Q-7',
          items: [{ itemId, quantity: 1 }],
        },
      }),
    ]);
    expect(accepted.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted', 'accepted']);

    const staff = await pullText({ cookie: `lead_session=${world.staff.sessionCookie}` }, 0);
    const kiosk = await pullText({ authorization: `Bearer ${world.kiosk.deviceToken}` }, 0);
    // The schema would strip, add or change nothing (key order aside: the server's own seed ops
    // were stored as the server wrote them).
    for (const text of [staff, kiosk]) expect(JSON.parse(text)).toStrictEqual(PullResponse.parse(JSON.parse(text)));
    const staffPage = PullResponse.parse(JSON.parse(staff));
    expect(staffPage.ops.map((op) => op.type)).toEqual(
      expect.arrayContaining(['stock.received', 'participant.enrolled', 'request.created']),
    );
    const kioskPage = PullResponse.parse(JSON.parse(kiosk));
    expect(kioskPage.ops.some((op) => op.type === 'catalog.itemAdded')).toBe(true);
    expect(kioskPage.views.length).toBeGreaterThan(0);
    expect(kioskPage.directory.map((entry) => entry.participantId)).toContain(participantId);
  });
});
