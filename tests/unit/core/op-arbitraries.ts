/** fast-check generators of ops from 2–5 devices working on a few shared items, requests and people. */
import fc from 'fast-check';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE } from '../../support/op-factory.js';

export const ITEMS = ['item_blanket', 'item_naloxone', 'item_socks00'];
export const REQUESTS = ['request_0001', 'request_0002', 'request_0003'];
export const PEOPLE = ['person_00001', 'person_00002'];
const CARDS = ['card_0000001', 'card_0000002', 'card_0000003'];

const item = fc.constantFrom(...ITEMS);
const request = fc.constantFrom(...REQUESTS);
const person = fc.constantFrom(...PEOPLE);
const quantity = fc.integer({ min: 1, max: 20 });
const hash = fc.constantFrom('a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64));

export const draftArb: fc.Arbitrary<OpDraft> = fc.oneof(
  fc
    .record({ itemId: item, quantity, kind: fc.constantFrom('donation', 'purchase') })
    .map((payload) => ({ type: 'stock.received', payload }) as OpDraft),
  fc.record({ itemId: item, quantity }).map((payload) => ({ type: 'stock.handedOut', payload }) as OpDraft),
  fc
    .record({
      itemId: item,
      delta: fc.integer({ min: -10, max: 10 }).filter((d) => d !== 0),
      reason: fc.constantFrom('damaged', 'found'),
    })
    .map((payload) => ({ type: 'stock.adjusted', payload }) as OpDraft),
  fc
    .uniqueArray(
      fc.record({ itemId: item, counted: fc.integer({ min: 0, max: 50 }), believed: fc.integer({ min: -5, max: 50 }) }),
      {
        minLength: 1,
        maxLength: 3,
        selector: (line) => line.itemId,
      },
    )
    .map((items) => ({ type: 'stock.counted', payload: { countId: 'count_00001', items } }) as OpDraft),
  fc
    .uniqueArray(fc.record({ itemId: item, quantity }), { minLength: 1, maxLength: 3, selector: (line) => line.itemId })
    .map(
      (lines) =>
        ({ type: 'stock.batchReceived', payload: { batchId: 'box_000001', kind: 'transfer', lines } }) as OpDraft,
    ),
  fc
    .uniqueArray(fc.record({ itemId: item, quantity }), { minLength: 1, maxLength: 3, selector: (line) => line.itemId })
    .map((lines) => ({ type: 'stock.batchHandedOut', payload: { batchId: 'walkup_0001', lines } }) as OpDraft),
  fc
    .record({
      requestId: request,
      items: fc.uniqueArray(fc.record({ itemId: item, quantity }), {
        minLength: 1,
        maxLength: 3,
        selector: (line) => line.itemId,
      }),
    })
    .map(
      ({ requestId, items }) =>
        ({
          type: 'request.created',
          payload: { requestId, visitId: 'visit_000001', day: '2026-11-27', participantId: null, ticket: 'A-1', items },
        }) as OpDraft,
    ),
  fc
    .record({
      requestId: request,
      partial: fc.boolean(),
      handedOut: fc.uniqueArray(fc.record({ itemId: item, quantity: fc.integer({ min: 0, max: 5 }) }), {
        maxLength: 3,
        selector: (line) => line.itemId,
      }),
    })
    .map((payload) => ({ type: 'request.fulfilled', payload }) as OpDraft),
  fc
    .record({ requestId: request, reason: fc.constantFrom('outOfStock', 'other') })
    .map((payload) => ({ type: 'request.declined', payload }) as OpDraft),
  fc.record({ requestId: request }).map((payload) => ({ type: 'request.cancelled', payload }) as OpDraft),
  person.map(
    (participantId) =>
      ({
        type: 'participant.enrolled',
        payload: {
          participantId,
          profile: TEST_PROFILE,
          consent: { agreed: true, at: '2026-11-27T19:00:00.000Z', recordedBy: 'staff_000001', textVersion: 'v1' },
        },
      }) as OpDraft,
  ),
  fc
    .record({
      participantId: person,
      changes: fc.record(
        { preferredName: fc.constantFrom('Jo', 'Joe', 'José'), pronouns: fc.constantFrom('he/him', 'they/them', null) },
        { requiredKeys: [] },
      ),
    })
    .filter(({ changes }) => Object.keys(changes).length > 0)
    .map((payload) => ({ type: 'participant.updated', payload }) as OpDraft),
  person.map((participantId) => ({ type: 'participant.deactivated', payload: { participantId } }) as OpDraft),
  person.map((participantId) => ({ type: 'participant.reactivated', payload: { participantId } }) as OpDraft),
  fc
    .record({ cardId: fc.constantFrom(...CARDS), participantId: person, tokenHash: hash })
    .map((payload) => ({ type: 'card.issued', payload }) as OpDraft),
  fc
    .record({ cardId: fc.constantFrom(...CARDS), participantId: person, reason: fc.constantFrom('lost', 'reissued') })
    .map((payload) => ({ type: 'card.revoked', payload }) as OpDraft),
  item.map((itemId) => ({ type: 'catalog.itemAdded', payload: { itemId, item: TEST_ITEM } }) as OpDraft),
  fc
    .record({
      itemId: item,
      changes: fc.record({ minimum: fc.integer({ min: 0, max: 9 }), discreet: fc.boolean() }, { requiredKeys: [] }),
    })
    .filter(({ changes }) => Object.keys(changes).length > 0)
    .map((payload) => ({ type: 'catalog.itemUpdated', payload }) as OpDraft),
  fc
    .record({ itemId: item, perVisitLimit: fc.option(fc.integer({ min: 1, max: 5 })) })
    .map((payload) => ({ type: 'settings.limitSet', payload }) as OpDraft),
  fc.constantFrom('open', 'closed').map(
    (mode) =>
      ({
        type: 'settings.openOverrideSet',
        payload: { override: { mode, until: '2026-11-27T23:00:00.000Z' } },
      }) as OpDraft,
  ),
  // issue 15 — conversations, keyed by the same requests as the request ops above.
  request.map((requestId) => ({ type: 'conversation.started', payload: { requestId } }) as OpDraft),
  request.map((requestId) => ({ type: 'conversation.finished', payload: { requestId } }) as OpDraft),
  fc
    .record({ requestId: request, reason: fc.constantFrom('caseManagerAway', 'other') })
    .map((payload) => ({ type: 'conversation.notToday', payload }) as OpDraft),
  fc
    .record({
      participantId: person,
      changes: fc.record({ caseManager: fc.constantFrom('staff_000001', 'staff_000002', null) }),
    })
    .map((payload) => ({ type: 'participant.updated', payload }) as OpDraft),
  fc.record({ amberMinutes: fc.integer({ min: 1, max: 20 }), extra: fc.integer({ min: 1, max: 20 }) }).map(
    ({ amberMinutes, extra }) =>
      ({
        type: 'settings.waitThresholdsSet',
        payload: { amberMinutes, redMinutes: amberMinutes + extra },
      }) as OpDraft,
  ),
  fc.constantFrom('visit_000001', 'visit_000002').map(
    (visitId) =>
      ({
        type: 'visit.checkedIn',
        payload: { visitId, day: '2026-11-27', ticket: null, who: 'visitor', name: null },
      }) as OpDraft,
  ),
);

/**
 * Ops as 2–5 devices would make them: each device has its own sequence and clock, and the
 * devices' wall clocks drift apart (steps of 0–3 s, sometimes equal ms on two devices).
 */
export const opsFromDevicesArb: fc.Arbitrary<Op[]> = fc.integer({ min: 2, max: 5 }).chain((devices) =>
  fc
    .array(
      fc.record({
        device: fc.integer({ min: 0, max: devices - 1 }),
        draft: draftArb,
        step: fc.integer({ min: 0, max: 3000 }),
      }),
      {
        minLength: 1,
        maxLength: 40,
      },
    )
    .map((script) => {
      const builders = Array.from({ length: devices }, (_, index) => opBuilder(`device_${index}000`, 'staff_000001'));
      const walls = builders.map(() => Date.UTC(2026, 10, 27, 19));
      let next = 0;
      return script.map(({ device, draft, step }) => {
        walls[device] = (walls[device] ?? 0) + step;
        next += 1;
        return (builders[device] as ReturnType<typeof opBuilder>).op(draft, {
          now: walls[device],
          id: `op_${String(next).padStart(6, '0')}`,
        });
      });
    }),
);

/** The same ops delivered in another order, some of them several times. */
export function deliveriesArb(ops: readonly Op[]): fc.Arbitrary<Op[]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...ops], { minLength: ops.length, maxLength: ops.length }),
      fc.array(fc.constantFrom(...ops), { maxLength: 10 }),
      fc.infiniteStream(fc.nat()),
    )
    .map(([shuffled, repeats, positions]) => {
      const delivered = [...shuffled];
      const stream = positions[Symbol.iterator]();
      for (const repeat of repeats)
        delivered.splice((stream.next().value as number) % (delivered.length + 1), 0, repeat);
      return delivered;
    });
}
