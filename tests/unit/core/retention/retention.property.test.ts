/**
 * The retention rule (issue 20, ADR 0023) as properties over generated histories: after it, no op
 * or view of a day before the cut-off links a person; every report total but the unduplicated
 * people is what it was; applying it twice changes nothing; and it commutes with the fold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { View } from '../../../../src/core/fold/views.js';
import { formatStamp } from '../../../../src/core/ops/clock.js';
import type { Op, OpDraft } from '../../../../src/core/ops/op.js';
import { computeReport } from '../../../../src/core/reports/report.js';
import {
  ANONYMOUS_PARTICIPANT_ID,
  anonymiseOp,
  anonymiseView,
  LINKED_VIEW_KINDS,
  linkedDayOfOp,
} from '../../../../src/core/retention/anonymise.js';
import { TEST_ITEM } from '../../../support/op-factory.js';

const PEOPLE = ['person_alba01', 'person_boris1', 'person_chen01'];
const VISITOR_NAME = 'Dolores';
const NOTE = 'Talked with Alba Reyes about her housing';
const ITEMS = ['item_blanket', 'item_naloxone'];
const REQUESTS = ['request_0001', 'request_0002', 'request_0003', 'request_0004'];
const VISITS = ['visit_000001', 'visit_000002', 'visit_000003'];
/** Ten center days; 19:00 UTC is late morning at the center. */
const DAYS = Array.from({ length: 10 }, (_, index) => `2026-11-${String(20 + index).padStart(2, '0')}`);
const RANGE = { from: DAYS[0] as string, to: DAYS.at(-1) as string };

const person = fc.constantFrom(...PEOPLE);
const request = fc.constantFrom(...REQUESTS);
const visit = fc.constantFrom(...VISITS);
const item = fc.constantFrom(...ITEMS);
const lines = fc.uniqueArray(fc.record({ itemId: item, quantity: fc.integer({ min: 1, max: 4 }) }), {
  minLength: 1,
  maxLength: 2,
  selector: (line) => line.itemId,
});

/** A draft about `day`: the kinds of op that can link a person, and the ones counted beside them. */
function draftOn(day: string): fc.Arbitrary<OpDraft> {
  return fc.oneof(
    fc
      .record({ visitId: visit, participantId: person, method: fc.constantFrom('card', 'name', 'staff') })
      .map((p) => ({ type: 'visit.checkedIn', payload: { ...p, day, ticket: 'A-1', who: 'participant' } }) as OpDraft),
    fc
      .record({ visitId: visit, name: fc.constantFrom(VISITOR_NAME, null) })
      .map((p) => ({ type: 'visit.checkedIn', payload: { ...p, day, ticket: null, who: 'visitor' } }) as OpDraft),
    fc
      .record({ requestId: request, visitId: visit, participantId: fc.option(person), items: lines })
      .map((p) => ({ type: 'request.created', payload: { ...p, day, ticket: 'A-1' } }) as OpDraft),
    fc
      .record({ requestId: request, partial: fc.boolean(), handedOut: lines })
      .map((payload) => ({ type: 'request.fulfilled', payload }) as OpDraft),
    fc
      .record({ requestId: request, reason: fc.constantFrom('outOfStock', 'limitReached', 'other') })
      .map((p) => ({ type: 'request.declined', payload: { ...p, note: NOTE } }) as OpDraft),
    request.map((requestId) => ({ type: 'request.cancelled', payload: { requestId, note: NOTE } }) as OpDraft),
    request.map((requestId) => ({ type: 'conversation.started', payload: { requestId } }) as OpDraft),
    request.map((requestId) => ({ type: 'conversation.finished', payload: { requestId, note: NOTE } }) as OpDraft),
    request.map(
      (requestId) =>
        ({ type: 'conversation.notToday', payload: { requestId, reason: 'noTime', note: NOTE } }) as OpDraft,
    ),
    fc
      .record({ reportId: fc.constantFrom('report_00001', 'report_00002'), participantId: fc.option(person) })
      .map((p) => ({ type: 'overdose.reversalReported', payload: { ...p, day, replacementAsked: true } }) as OpDraft),
    fc
      .record({ itemId: item, quantity: fc.integer({ min: 1, max: 30 }) })
      .map((p) => ({ type: 'stock.received', payload: { ...p, kind: 'donation' } }) as OpDraft),
  );
}

const catalog: Op[] = ITEMS.map((itemId, index) => ({
  id: `seed_${itemId}`,
  deviceId: 'srv_test0001',
  seq: index + 1,
  at: formatStamp({ wall: Date.UTC(2026, 10, 1), counter: index, node: 'srv_test0001' }),
  actor: null,
  type: 'catalog.itemAdded',
  payload: { itemId, item: { ...TEST_ITEM, discreet: itemId === 'item_naloxone' } },
}));

/** A history over the ten days: each op on its day, by one of three devices. */
const historyArb: fc.Arbitrary<Op[]> = fc
  .array(
    fc.integer({ min: 0, max: DAYS.length - 1 }).chain((dayIndex) =>
      fc.record({
        dayIndex: fc.constant(dayIndex),
        draft: draftOn(DAYS[dayIndex] as string),
        minute: fc.integer({ min: 0, max: 240 }),
        device: fc.constantFrom('device_aaaa', 'device_bbbb', 'device_cccc'),
      }),
    ),
    { maxLength: 60 },
  )
  .map((made) => [
    ...catalog,
    ...made.map(({ dayIndex, draft, minute, device }, index) => {
      const wall = Date.UTC(2026, 10, 20 + dayIndex, 19) + minute * 60_000 + index;
      return {
        id: `op_${String(index).padStart(6, '0')}`,
        deviceId: device,
        seq: index + 1,
        at: formatStamp({ wall, counter: 0, node: device }),
        actor: draft.type.startsWith('visit.') || draft.type === 'overdose.reversalReported' ? null : 'staff_000001',
        ...draft,
      } as Op;
    }),
  ]);

/** The cut-off: any of the days, or before or after them all. */
const beforeArb = fc.constantFrom('2026-11-01', ...DAYS, '2026-12-31');

/** Whether a JSON value still names someone: a participant, the visitor's name, or the note. */
function linksSomeone(value: unknown): boolean {
  const text = JSON.stringify(value);
  return PEOPLE.some((id) => text.includes(id)) || text.includes(VISITOR_NAME) || text.includes(NOTE);
}

const linkedViews = (views: ReadonlyMap<string, View>) =>
  new Map([...views].filter(([, view]) => LINKED_VIEW_KINDS.includes(view.kind)));

describe('the retention rule', () => {
  it('leaves no op and no view of a day before the cut-off linking a person', () => {
    fc.assert(
      fc.property(historyArb, beforeArb, (ops, before) => {
        const anonymised = ops.map((op) => anonymiseOp(op, before));
        for (const op of anonymised) {
          const day = linkedDayOfOp(op);
          if (day !== null && day < before) expect(linksSomeone(op.payload)).toBe(false);
        }
        for (const view of foldOps(ops).values()) {
          const after = anonymiseView(view, before);
          const day = view.kind === 'visit' ? view.day : view.kind === 'request' ? view.created?.day : undefined;
          if (day !== undefined && day < before && view.kind === 'visit') expect(linksSomeone(after)).toBe(false);
          if (day !== undefined && day < before && view.kind === 'request') {
            expect(linksSomeone(after.kind === 'request' ? after.created : null)).toBe(false);
          }
        }
      }),
    );
  });

  it('keeps links of the cut-off day and after', () => {
    fc.assert(
      fc.property(historyArb, beforeArb, (ops, before) => {
        for (const op of ops) {
          const day = linkedDayOfOp(op);
          if (day === null || day >= before) expect(anonymiseOp(op, before)).toBe(op);
        }
      }),
    );
  });

  it('changes no report total but the unduplicated people, which can only fall', () => {
    fc.assert(
      fc.property(historyArb, beforeArb, (ops, before) => {
        const { people: peopleBefore, ...totalsBefore } = computeReport(ops, RANGE);
        const { people: peopleAfter, ...totalsAfter } = computeReport(
          ops.map((op) => anonymiseOp(op, before)),
          RANGE,
        );
        expect(totalsAfter).toEqual(totalsBefore);
        expect(peopleAfter.visitorVisits).toBe(peopleBefore.visitorVisits);
        expect(peopleAfter.unduplicated).toBeLessThanOrEqual(peopleBefore.unduplicated);
      }),
    );
  });

  it('is idempotent: a second run changes nothing and hands back the same objects', () => {
    fc.assert(
      fc.property(historyArb, beforeArb, (ops, before) => {
        for (const op of ops) {
          const once = anonymiseOp(op, before);
          expect(anonymiseOp(once, before)).toBe(once);
        }
        for (const view of foldOps(ops).values()) {
          const once = anonymiseView(view, before);
          expect(anonymiseView(once, before)).toBe(once);
        }
      }),
    );
  });

  it('commutes with the fold: anonymised views are the fold of the anonymised ops', () => {
    fc.assert(
      fc.property(historyArb, beforeArb, (ops, before) => {
        const ofAnonymisedOps = linkedViews(foldOps(ops.map((op) => anonymiseOp(op, before))));
        const anonymisedViews = new Map(
          [...linkedViews(foldOps(ops))].map(([key, view]) => [key, anonymiseView(view, before)]),
        );
        expect(ofAnonymisedOps).toEqual(anonymisedViews);
      }),
    );
  });

  it('uses one marker for every anonymised participant, so none can be told apart', () => {
    const ops = fc.sample(historyArb, { numRuns: 20, seed: 7 }).flat();
    const ids = new Set(
      ops
        .map((op) => anonymiseOp(op, '2026-12-31'))
        .flatMap((op) =>
          op.type === 'visit.checkedIn' && op.payload.who === 'participant' ? [op.payload.participantId] : [],
        ),
    );
    expect([...ids]).toEqual(ids.size === 0 ? [] : [ANONYMOUS_PARTICIPANT_ID]);
  });
});
