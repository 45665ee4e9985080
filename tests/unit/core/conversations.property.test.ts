/**
 * Conversation merges: whatever order (and however often) start and end ops arrive from several
 * staff devices, every device folds the same view, and the state never moves backwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import { conversationState } from '../../../src/core/fold/conversations.js';
import type { ConversationView } from '../../../src/core/fold/views.js';
import { compareOps, type Op, type OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder } from '../../support/op-factory.js';
import { deliveriesArb } from './op-arbitraries.js';

const REQUEST = 'request_0001';
const STAFF = ['staff_000001', 'staff_000002', 'staff_000003'];

const draftArb: fc.Arbitrary<OpDraft> = fc.oneof(
  fc.constant({ type: 'conversation.started', payload: { requestId: REQUEST } } as OpDraft),
  fc.constant({ type: 'conversation.finished', payload: { requestId: REQUEST } } as OpDraft),
  fc
    .constantFrom('caseManagerAway', 'noTime', 'participantLeft', 'other')
    .map((reason) => ({ type: 'conversation.notToday', payload: { requestId: REQUEST, reason } }) as OpDraft),
);

/** Ops from up to three staff devices, with drifting clocks that sometimes read the same ms. */
const opsArb: fc.Arbitrary<Op[]> = fc
  .array(fc.record({ device: fc.nat({ max: 2 }), draft: draftArb, step: fc.nat({ max: 2000 }) }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((script) => {
    const builders = STAFF.map((actor, index) => opBuilder(`device_${index}000`, actor));
    const walls = STAFF.map(() => Date.UTC(2026, 10, 27, 19));
    return script.map(({ device, draft, step }, index) => {
      walls[device] = (walls[device] ?? 0) + step;
      return (builders[device] as ReturnType<typeof opBuilder>).op(draft, {
        now: walls[device],
        id: `op_${String(index).padStart(6, '0')}`,
      });
    });
  });

const viewOf = (ops: readonly Op[]) => foldOps(ops).get(`conversation:${REQUEST}`) as ConversationView | undefined;

describe('conversation merges', () => {
  it('give the same view for any delivery order, with duplicates', () => {
    fc.assert(
      fc.property(
        opsArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          expect(viewOf(delivered)).toEqual(viewOf(ops));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep the earliest start and the earliest end by clock, then id; an end always outranks a start', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const view = viewOf(ops);
        const sorted = [...ops].sort(compareOps);
        const firstStart = sorted.find((op) => op.type === 'conversation.started');
        const firstEnd = sorted.find((op) => op.type !== 'conversation.started');
        expect(view?.started?.opId).toBe(firstStart?.id);
        expect(view?.started?.actor ?? null).toBe(firstStart?.actor ?? null);
        expect(view?.ended?.opId).toBe(firstEnd?.id);
        const expected = firstEnd ? (firstEnd.type === 'conversation.finished' ? 'done' : 'notToday') : 'talking';
        expect(conversationState(view)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never moves backwards as ops arrive one by one', () => {
    const rank = { waiting: 0, talking: 1, done: 2, notToday: 2 } as const;
    fc.assert(
      fc.property(
        opsArb.chain((ops) => deliveriesArb(ops)),
        (delivered) => {
          let before = 0;
          for (let n = 1; n <= delivered.length; n += 1) {
            const now = rank[conversationState(viewOf(delivered.slice(0, n)))];
            expect(now).toBeGreaterThanOrEqual(before);
            before = now;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
