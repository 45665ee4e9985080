/**
 * A box (or a walk-up hand-out of several items) is one op: the stock fold counts each of its lines
 * exactly once, whatever the order ops arrive in and however often they are delivered again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import { stockLevels } from '../../../../src/core/fold/selectors.js';
import type { Op, OpDraft } from '../../../../src/core/ops/op.js';
import { opBuilder } from '../../../support/op-factory.js';

const ITEMS = ['item_blanket', 'item_socks00', 'item_soap0000', 'item_water000'];

const linesArb = fc.uniqueArray(
  fc.record({ itemId: fc.constantFrom(...ITEMS), quantity: fc.integer({ min: 1, max: 30 }) }),
  { minLength: 1, maxLength: ITEMS.length, selector: (line) => line.itemId },
);

const draftArb: fc.Arbitrary<OpDraft> = fc.oneof(
  fc
    .record({ lines: linesArb, kind: fc.constantFrom('donation' as const, 'purchase' as const, 'transfer' as const) })
    .map(
      ({ lines, kind }): OpDraft => ({ type: 'stock.batchReceived', payload: { batchId: 'box_000001', kind, lines } }),
    ),
  linesArb.map((lines): OpDraft => ({ type: 'stock.batchHandedOut', payload: { batchId: 'walkup_0001', lines } })),
  fc
    .record({ itemId: fc.constantFrom(...ITEMS), quantity: fc.integer({ min: 1, max: 30 }) })
    .map((payload): OpDraft => ({ type: 'stock.received', payload: { ...payload, kind: 'donation' } })),
);

/** Ops from two devices; then a delivery: shuffled, with some ops repeated. */
const scenarioArb = fc
  .tuple(fc.array(draftArb, { maxLength: 12 }), fc.array(draftArb, { maxLength: 12 }))
  .map(([a, b]) => {
    const laptop = opBuilder('laptop_0001', 'staff_000001');
    const tablet = opBuilder('laptop_0002', 'staff_000002');
    return [...a.map((draft) => laptop.op(draft)), ...b.map((draft) => tablet.op(draft))];
  })
  .chain((ops) =>
    fc.tuple(
      fc.constant(ops),
      fc
        .tuple(fc.shuffledSubarray(ops), fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }))
        .chain(([repeats, all]) =>
          fc.shuffledSubarray([...all, ...repeats], { minLength: all.length + repeats.length }),
        ),
    ),
  );

/** The obvious sum: every line of every distinct op, once. */
function expected(ops: readonly Op[]): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (itemId: string, delta: number) => totals.set(itemId, (totals.get(itemId) ?? 0) + delta);
  for (const op of new Map(ops.map((o) => [o.id, o])).values()) {
    if (op.type === 'stock.batchReceived') for (const line of op.payload.lines) add(line.itemId, line.quantity);
    if (op.type === 'stock.batchHandedOut') for (const line of op.payload.lines) add(line.itemId, -line.quantity);
    if (op.type === 'stock.received') add(op.payload.itemId, op.payload.quantity);
  }
  return totals;
}

describe('batch stock ops', () => {
  it('count every line exactly once under any order and duplication', () => {
    fc.assert(
      fc.property(scenarioArb, ([ops, delivered]) => {
        const levels = stockLevels(foldOps(delivered));
        const sums = expected(ops);
        for (const itemId of ITEMS) expect(levels.get(itemId) ?? 0).toBe(sums.get(itemId) ?? 0);
        expect(foldOps(delivered)).toEqual(foldOps(ops));
      }),
      { numRuns: 300 },
    );
  });

  it('add one ledger line per item of the box', () => {
    const op = opBuilder('laptop_0001', 'staff_000001').op({
      type: 'stock.batchReceived',
      payload: {
        batchId: 'box_000001',
        kind: 'donation',
        lines: [
          { itemId: 'item_blanket', quantity: 4 },
          { itemId: 'item_socks00', quantity: 9 },
        ],
      },
    });
    const views = foldOps([op, op]);
    expect(views.get('stock:item_blanket')).toMatchObject({ onHand: 4, lines: 1 });
    expect(views.get('stock:item_socks00')).toMatchObject({ onHand: 9, lines: 1 });
  });
});
