/**
 * A kiosk keeps only what the same-day rules need once the server has its visits and requests,
 * and nothing of a day once it has ended; what the server has not acknowledged stays queued.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { returningVisit } from '../../../src/core/kiosk/same-day.js';
import { StorageFullError } from '../../../src/store/storage-errors.js';
import { closeAll, everything, failRequestsTo, freshIndexedDb, openDevice, received, STAFF } from './fixtures.js';
import { acknowledgeAll, ask, checkIn, DAY, dumpOf, NEXT_MORNING } from './kiosk-purge-support.js';

beforeEach(freshIndexedDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const ANA = 'part_ana_0001';

describe('a kiosk after the server has its visits and requests', () => {
  it('keeps nothing of a visitor: no name, no visit, no request, no op', async () => {
    const { db, store } = await openDevice('visitor');
    const { ticket } = await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });
    await ask(store, {
      requestId: 'request_carla_1',
      visitId: 'visit_carla_01',
      participantId: null,
      ticket,
      items: [{ itemId: 'item_coffee', quantity: 1 }],
    });
    expect(await dumpOf(db)).toContain('Carla');

    await acknowledgeAll(store);
    await store.purgeKioskHistory();

    const dump = await dumpOf(db);
    expect(dump).not.toContain('Carla');
    expect(dump).not.toContain('visit_carla_01');
    expect(dump).not.toContain('request_carla_1');
    expect(await store.sameDayRecords()).toEqual([]);
  });

  it('keeps of a participant only visit id, day, ticket, participant id and the items asked for', async () => {
    const { db, store } = await openDevice('participant');
    const { ticket } = await checkIn(store, 'visit_ana_0001', { participantId: ANA });
    await ask(store, {
      requestId: 'request_ana_01',
      visitId: 'visit_ana_0001',
      participantId: ANA,
      ticket,
      items: [
        { itemId: 'item_naloxone_kit', quantity: 1 },
        { itemId: 'item_blanket', quantity: 2 },
      ],
    });
    await acknowledgeAll(store);
    await store.purgeKioskHistory();

    const state = await everything(db);
    expect(state.ops).toEqual([]);
    expect(state.views).toEqual([]);
    expect(state.outbox).toEqual([]);
    expect(state.sameDay).toEqual([
      [
        'request:request_ana_01',
        {
          kind: 'request',
          requestId: 'request_ana_01',
          visitId: 'visit_ana_0001',
          day: DAY,
          items: [
            { itemId: 'item_naloxone_kit', quantity: 1 },
            { itemId: 'item_blanket', quantity: 2 },
          ],
        },
      ],
      [
        'visit:visit_ana_0001',
        { kind: 'visit', visitId: 'visit_ana_0001', day: DAY, ticket: 'A-1', participantId: ANA },
      ],
    ]);
  });

  it('lets a participant who returns the same day keep their number, with earlier asks counted', async () => {
    const { store } = await openDevice('return');
    const { ticket } = await checkIn(store, 'visit_ana_0001', { participantId: ANA });
    await checkIn(store, 'visit_bo_00001', { participantId: 'part_bo_00001' });
    const base = { visitId: 'visit_ana_0001', participantId: ANA, ticket };
    await ask(store, { ...base, requestId: 'request_ana_01', items: [{ itemId: 'item_blanket', quantity: 1 }] });
    await acknowledgeAll(store);
    await store.purgeKioskHistory();
    // Back later: a second request, not synced yet, counts together with the first.
    await ask(store, { ...base, requestId: 'request_ana_02', items: [{ itemId: 'item_blanket', quantity: 1 }] });
    await ask(store, { ...base, requestId: 'request_ana_03', items: [{ itemId: 'item_warm_meal', quantity: 1 }] });

    const again = returningVisit(await store.sameDayRecords(), ANA, DAY);
    expect(again).toEqual({
      visitId: 'visit_ana_0001',
      day: DAY,
      ticket: 'A-1',
      asked: new Map([
        ['item_blanket', 2],
        ['item_warm_meal', 1],
      ]),
    });
    // A snapshot replaces the views; the kept records are not views, so they stay.
    await store.applySnapshot({ serverId: 'server_1', cursor: 9, views: [], directory: [] });
    expect(returningVisit(await store.sameDayRecords(), ANA, DAY)).toEqual(again);
    expect(returningVisit(await store.sameDayRecords(), ANA, '2026-11-30')).toBeNull();
  });

  it('never deletes what the server has not acknowledged, and lets it go once it has', async () => {
    const { db, store } = await openDevice('unsent');
    const { ticket } = await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });
    await checkIn(store, 'visit_ana_0001', { participantId: ANA });
    await ask(store, {
      requestId: 'request_carla_1',
      visitId: 'visit_carla_01',
      participantId: null,
      ticket,
      items: [{ itemId: 'item_coffee', quantity: 1 }],
    });
    const before = await everything(db);
    await store.purgeKioskHistory();
    expect(await everything(db)).toEqual(before);

    // The visitor's check-in reaches the server, their request not yet: only the check-in goes.
    const [visitOp, , requestOp] = await store.outboxBatch(10);
    await store.acknowledge([visitOp?.id ?? '']);
    await store.purgeKioskHistory();
    const state = await everything(db);
    expect(state.outbox.map(([, op]) => (op as { id: string }).id)).toEqual(
      before.outbox.slice(1).map(([, op]) => (op as { id: string }).id),
    );
    expect(state.views.map(([key]) => key)).toEqual(['request:request_carla_1', 'visit:visit_ana_0001']);
    expect(await dumpOf(db)).not.toContain('Carla');
    expect(await store.outboxBatch(10)).toContainEqual(requestOp);
  });

  it('after the center day ends, leaves nothing of it in the log, views, refusals or kept records', async () => {
    const { db, store, clock } = await openDevice('day-change');
    await store.record(received('item_blanket', 10), STAFF);
    const synced = await checkIn(store, 'visit_ana_0001', { participantId: ANA });
    await ask(store, {
      requestId: 'request_ana_01',
      visitId: 'visit_ana_0001',
      participantId: ANA,
      ticket: synced.ticket,
      items: [{ itemId: 'item_blanket', quantity: 1 }],
    });
    await acknowledgeAll(store);
    await store.purgeKioskHistory();
    const refused = await checkIn(store, 'visit_bo_00001', { participantId: 'part_bo_00001' });
    await store.reject([{ id: refused.opId, reason: 'forbidden', message: 'test' }]);
    const unsent = await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });

    clock.set(NEXT_MORNING);
    await store.purgeKioskHistory();

    const state = await everything(db);
    expect(JSON.stringify([state.ops, state.views, state.rejected, state.sameDay])).not.toContain(DAY);
    expect(state.sameDay).toEqual([]);
    expect(state.rejected).toEqual([]);
    expect(state.views.map(([key]) => key)).toEqual(['stock:item_blanket']);
    // Still not on the server: it stays queued, to be sent and then dropped.
    expect((await store.outboxBatch(10)).map((op) => op.id)).toEqual([unsent.opId]);
    await acknowledgeAll(store);
    await store.purgeKioskHistory();
    expect(await dumpOf(db, ['meta'])).not.toContain(DAY);
  });

  it('keeps today’s refusals for staff, without a visitor’s name', async () => {
    const { db, store } = await openDevice('refused');
    const { opId } = await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });
    await store.reject([{ id: opId, reason: 'forbidden', message: 'not allowed' }]);
    await store.purgeKioskHistory();

    const [refusal] = await store.rejectedOps();
    expect(refusal).toMatchObject({ reason: 'forbidden', op: { id: opId, payload: { who: 'visitor', name: null } } });
    expect(await dumpOf(db)).not.toContain('Carla');
  });

  it('leaves the catalog, stock, settings, directory and staff work alone', async () => {
    const { db, store } = await openDevice('others');
    await store.record(received('item_blanket', 10), STAFF);
    await store.record(
      { type: 'settings.openOverrideSet', payload: { override: { mode: 'open', until: '2026-11-29T02:00:00.000Z' } } },
      STAFF,
    );
    await store.applyPulled({
      serverId: 'server_1',
      cursor: 3,
      ops: [],
      views: [],
      directory: [
        {
          participantId: ANA,
          firstName: 'Ana',
          lastInitial: 'R',
          searchKeys: ['ana'],
          active: true,
          birthdayCheck: null,
          cardHashes: [],
        },
      ],
    });
    await acknowledgeAll(store);
    const before = await everything(db);
    await store.purgeKioskHistory();
    expect(await everything(db)).toEqual(before);
  });

  it('changes everything or nothing: a purge that fails leaves the kiosk as it was', async () => {
    const { db, store } = await openDevice('atomic');
    await checkIn(store, 'visit_carla_01', { visitorName: 'Carla' });
    await checkIn(store, 'visit_ana_0001', { participantId: ANA });
    await acknowledgeAll(store);
    const before = await everything(db);
    const failing = failRequestsTo(db, 'sameDay');
    await expect(store.purgeKioskHistory()).rejects.toBeInstanceOf(StorageFullError);
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    expect(await everything(db)).toEqual(before);
  });
});
