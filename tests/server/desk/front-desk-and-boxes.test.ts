/**
 * Issue 15 on the server: a box pushed once changes every stock line once (again: nothing), bad
 * box lines are refused whole, and a front-desk ("staff") check-in is accepted only from staff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opBuilder, testId } from '../../support/op-factory.js';
import { push, type SyncWorld, snapshotOf, startSyncWorld } from '../sync/sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

function staffDevice() {
  return opBuilder(testId('laptop'), world.staffId, Date.now());
}

async function onHand(itemIds: readonly string[]): Promise<number[]> {
  const snapshot = await snapshotOf(world.staff);
  return itemIds.map((itemId) => {
    const record = snapshot.body.views.find((view) => view.key === `stock:${itemId}`);
    return (record?.view as { onHand?: number } | undefined)?.onHand ?? 0;
  });
}

describe('a box in one push', () => {
  it('changes every stock line once, and a repeated push changes nothing', async () => {
    const laptop = staffDevice();
    const items = [testId('item'), testId('item'), testId('item')];
    const box = laptop.op({
      type: 'stock.batchReceived',
      payload: {
        batchId: testId('box'),
        kind: 'transfer',
        source: 'Echo Park site',
        lines: [
          { itemId: items[0] as string, quantity: 12 },
          { itemId: items[1] as string, quantity: 5 },
          { itemId: items[2] as string, quantity: 1 },
        ],
      },
    });
    const first = await push(world.staff, [box]);
    expect(first.body.results).toEqual([{ id: box.id, status: 'accepted' }]);
    expect(await onHand(items)).toEqual([12, 5, 1]);

    expect((await push(world.staff, [box, box])).body.results.map((result) => result.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await onHand(items)).toEqual([12, 5, 1]);

    const walkUp = laptop.op({
      type: 'stock.batchHandedOut',
      payload: {
        batchId: testId('walkup'),
        lines: [
          { itemId: items[0] as string, quantity: 2 },
          { itemId: items[2] as string, quantity: 1 },
        ],
      },
    });
    expect((await push(world.staff, [walkUp])).body.results[0]?.status).toBe('accepted');
    expect(await onHand(items)).toEqual([10, 5, 0]);
  });

  it('refuses a box with a zero, a negative or a repeated line, and stores none of its lines', async () => {
    const laptop = staffDevice();
    const [a, b] = [testId('item'), testId('item')];
    const bad = (lines: { itemId: string; quantity: number }[]) => {
      const op = laptop.op({
        type: 'stock.batchReceived',
        payload: { batchId: testId('box'), kind: 'donation', lines: [{ itemId: a, quantity: 1 }] },
      });
      return { ...op, payload: { ...op.payload, lines } };
    };
    const response = await push(world.staff, [
      bad([
        { itemId: a, quantity: 3 },
        { itemId: b, quantity: 0 },
      ]),
      bad([
        { itemId: a, quantity: 3 },
        { itemId: b, quantity: -2 },
      ]),
      bad([
        { itemId: a, quantity: 3 },
        { itemId: a, quantity: 2 },
      ]),
      bad([]),
    ]);
    expect(response.status).toBe(200);
    expect(response.body.results.map((result) => [result.status, result.reason])).toEqual([
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
    ]);
    expect(response.body.results[2]?.message).toContain('lists an item twice');
    expect(await onHand([a, b])).toEqual([0, 0]);
  });
});

describe('a front-desk check-in', () => {
  const staffCheckIn = () => ({
    type: 'visit.checkedIn' as const,
    payload: {
      visitId: testId('visit'),
      day: '2026-12-02',
      ticket: 'B-1',
      who: 'participant' as const,
      participantId: testId('person'),
      method: 'staff' as const,
    },
  });

  it('is accepted from the signed-in staff member', async () => {
    const op = staffDevice().op(staffCheckIn());
    expect((await push(world.staff, [op])).body.results).toEqual([{ id: op.id, status: 'accepted' }]);
  });

  it('is refused from a kiosk, which may still check people in by card or name', async () => {
    const kiosk = opBuilder(world.kioskId, null);
    const byStaff = kiosk.op(staffCheckIn());
    const byCard = kiosk.op({
      ...staffCheckIn(),
      payload: { ...staffCheckIn().payload, ticket: 'A-1', method: 'card' as const },
    });
    const response = await push(world.kiosk, [byStaff, byCard]);
    expect(response.body.results).toEqual([
      {
        id: byStaff.id,
        status: 'rejected',
        reason: 'forbidden',
        message: 'A front-desk check-in must name the staff member who made it.',
      },
      { id: byCard.id, status: 'accepted' },
    ]);
    expect(await world.server.peekValue('SELECT count(*) FROM ops WHERE id = ?', byStaff.id)).toBe(0);
  });
});
