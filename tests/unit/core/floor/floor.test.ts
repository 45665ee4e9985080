import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import { cancel, decline, fulfilAll, fulfilPart, shortOnShelf } from '../../../../src/core/floor/answers.js';
import { floorOf } from '../../../../src/core/floor/floor.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { Op, OpDraft } from '../../../../src/core/ops/op.js';
import { RequestDeclined } from '../../../../src/core/ops/requests.js';
import { opBuilder, TEST_PROFILE } from '../../../support/op-factory.js';

const DAY = '2026-11-30';
const admin = opBuilder('device_staff_1', 'staff_ana', Date.UTC(2026, 10, 30, 19));
const kiosk = opBuilder('device_kiosk_1', null, Date.UTC(2026, 10, 30, 19, 5));
const otherStaff = opBuilder('device_staff_2', 'staff_sam', Date.UTC(2026, 10, 30, 19, 30));

function world(extra: Op[] = []) {
  const ops: Op[] = [
    ...SEED_CATALOG.map(({ id, item }) => admin.op({ type: 'catalog.itemAdded', payload: { itemId: id, item } })),
    admin.op({ type: 'stock.received', payload: { itemId: 'item_blanket', quantity: 3, kind: 'donation' } }),
    admin.op({ type: 'stock.received', payload: { itemId: 'item_hygiene_kit', quantity: 12, kind: 'donation' } }),
    admin.op({
      type: 'participant.enrolled',
      payload: {
        participantId: 'person_0001',
        profile: { ...TEST_PROFILE, preferredName: 'Rosa', lastName: 'Delgado' },
        consent: { agreed: true, at: '2026-11-30T19:00:00.000Z', recordedBy: 'staff_ana', textVersion: '2026-11' },
      },
    }),
    kiosk.op({
      type: 'visit.checkedIn',
      payload: {
        visitId: 'visit_0001',
        day: DAY,
        ticket: 'A-1',
        who: 'participant',
        participantId: 'person_0001',
        method: 'card',
      },
    }),
    kiosk.op({
      type: 'request.created',
      payload: {
        requestId: 'request_0001',
        visitId: 'visit_0001',
        day: DAY,
        participantId: 'person_0001',
        ticket: 'A-1',
        items: [
          { itemId: 'item_blanket', quantity: 2 },
          { itemId: 'item_cm_housing', quantity: 1 },
        ],
      },
    }),
    kiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: 'visit_0002', day: DAY, ticket: 'A-2', who: 'visitor', name: 'Carla' },
    }),
    kiosk.op({
      type: 'request.created',
      payload: {
        requestId: 'request_0002',
        visitId: 'visit_0002',
        day: DAY,
        participantId: null,
        ticket: 'A-2',
        items: [{ itemId: 'item_blanket', quantity: 2 }],
      },
    }),
    kiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: 'visit_0000', day: '2026-11-27', ticket: 'A-9', who: 'visitor', name: null },
    }),
    ...extra,
  ];
  return foldOps(ops);
}

describe('the floor', () => {
  it('counts today’s visits, participants, visitors and waiting requests, and lists who came', () => {
    const floor = floorOf(world(), DAY, 'en');
    expect(floor.counts).toEqual({ visits: 2, participants: 1, visitors: 1, waiting: 2 });
    expect(floor.visits.map((v) => [v.name, v.who, v.method, v.ticket])).toEqual([
      ['Rosa D.', 'participant', 'card', 'A-1'],
      ['Carla', 'visitor', null, 'A-2'],
    ]);
  });

  it('queues open requests oldest first, with names and shelf counts; case-manager topics are left for Talk', () => {
    const [first, second] = floorOf(world(), DAY, 'es').queue;
    expect(first).toMatchObject({ ticket: 'A-1', name: 'Rosa D.', who: 'participant' });
    expect(first?.lines).toEqual([
      { itemId: 'item_blanket', name: 'Cobija', quantity: 2, tracked: true, onHand: 3, discreet: false },
    ]);
    expect(second).toMatchObject({ ticket: 'A-2', name: 'Carla', who: 'visitor' });
  });

  it('warns about tracked items at or under their minimum, out, or below zero', () => {
    const alerts = floorOf(world(), DAY, 'en').alerts;
    expect(alerts.find((a) => a.itemId === 'item_blanket')).toMatchObject({ status: 'low', onHand: 3, minimum: 10 });
    expect(alerts.find((a) => a.itemId === 'item_warm_meal')).toMatchObject({ status: 'out' });
    expect(alerts.find((a) => a.itemId === 'item_hygiene_kit')).toBeUndefined();
    expect(alerts.some((a) => a.itemId === 'item_phone_charging')).toBe(false); // a service has no stock
  });
});

describe('answers', () => {
  const entry = () => floorOf(world(), DAY, 'en').queue[0] as NonNullable<ReturnType<typeof floorOf>['queue'][0]>;
  const apply = (...drafts: OpDraft[]) => floorOf(world(drafts.map((draft) => otherStaff.op(draft))), DAY, 'en');

  it('hand out all: stock moves for tracked items only, in the same op that closes the request', () => {
    const draft = fulfilAll(entry());
    expect(draft).toEqual({
      type: 'request.fulfilled',
      payload: { requestId: 'request_0001', partial: false, handedOut: [{ itemId: 'item_blanket', quantity: 2 }] },
    });
    const after = apply(draft);
    expect(after.queue.map((e) => e.ticket)).toEqual(['A-2']);
    expect(after.queue[0]?.lines[0]?.onHand).toBe(1);
  });

  it('hand out part: whole numbers up to what was asked; all of it counts as full, none of it is refused', () => {
    const part = fulfilPart(
      entry(),
      new Map([
        ['item_blanket', 1],
        ['item_cm_housing', 1],
      ]),
    );
    expect(part.ok && part.draft.payload).toEqual({
      requestId: 'request_0001',
      partial: true,
      handedOut: [{ itemId: 'item_blanket', quantity: 1 }],
    });
    const all = fulfilPart(
      entry(),
      new Map([
        ['item_blanket', 2],
        ['item_cm_housing', 1],
      ]),
    );
    expect(all.ok && all.draft.payload).toMatchObject({ partial: false });
    expect(fulfilPart(entry(), new Map([['item_blanket', 1.5]]))).toMatchObject({ ok: false, problem: 'notWhole' });
    expect(fulfilPart(entry(), new Map([['item_blanket', -1]]))).toMatchObject({ ok: false, problem: 'notWhole' });
    expect(fulfilPart(entry(), new Map([['item_blanket', 3]]))).toMatchObject({ ok: false, problem: 'tooMany' });
    expect(fulfilPart(entry(), new Map())).toMatchObject({ ok: false, problem: 'nothing' });
  });

  it('declines with a reason and an optional note, and cancels; neither moves stock', () => {
    expect(decline(entry(), 'outOfStock', '  ')).toEqual({
      type: 'request.declined',
      payload: { requestId: 'request_0001', reason: 'outOfStock' },
    });
    expect(cancel(entry(), 'left early')).toEqual({
      type: 'request.cancelled',
      payload: { requestId: 'request_0001', note: 'left early' },
    });
    const after = apply(decline(entry(), 'limitReached', ''));
    expect(after.queue[0]?.lines[0]?.onHand).toBe(3);
  });

  it('cleans a typed note into one the schema accepts, cut at 500 characters without splitting an emoji', () => {
    const declined = decline(entry(), 'other', ` came back\r\nlater\t${'x'.repeat(480)}😀😀😀😀😀`);
    expect(RequestDeclined.safeParse(declined.payload).success).toBe(true);
    expect(declined.payload).toMatchObject({ note: `came back\nlater ${'x'.repeat(480)}😀😀😀😀` });
    expect(cancel(entry(), '\u0000\t ').payload).toEqual({ requestId: 'request_0001' });
  });

  it('says when the shelf count is short of what was asked', () => {
    const floor = apply(fulfilAll(entry()));
    expect(shortOnShelf(floor.queue[0] as NonNullable<(typeof floor.queue)[0]>)).toBe(true); // 1 left, 2 asked
    expect(shortOnShelf(entry())).toBe(false);
  });

  it('shows a request answered on two devices apart: the earlier answer kept, the other not applied', () => {
    const early = opBuilder('device_staff_3', 'staff_ana', Date.UTC(2026, 10, 30, 19, 20));
    const floor = floorOf(
      world([otherStaff.op(decline(entry(), 'other', '')), early.op(fulfilAll(entry()))]),
      DAY,
      'en',
    );
    expect(floor.conflicts).toHaveLength(1);
    expect(floor.conflicts[0]?.kept).toMatchObject({ type: 'fulfilled', actor: 'staff_ana' });
    expect(floor.conflicts[0]?.notApplied.map((o) => [o.type, o.actor])).toEqual([['declined', 'staff_sam']]);
    expect(floor.queue.map((e) => e.ticket)).toEqual(['A-2']);
  });
});
