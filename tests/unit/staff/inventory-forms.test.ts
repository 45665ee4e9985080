/** The inventory forms turned into ops: receive, hand out, adjust, and a count as one op with believed values. */
import { describe, expect, it } from 'vitest';
import { StockAdjusted, StockCounted, StockHandedOut, StockReceived } from '../../../src/core/ops/stock.js';
import {
  type AdjustValues,
  parseAdjust,
  parseCount,
  parseHandOut,
  parseReceive,
} from '../../../src/staff/inventory/inventory-forms.js';

const ITEM = 'item_blanket';
const adjust = (values: Partial<AdjustValues>, onHand = 10) =>
  parseAdjust(ITEM, { direction: 'add', quantity: '2', reason: 'found', note: '', ...values }, onHand);

describe('parseReceive', () => {
  it('makes a stock.received op the schema accepts, leaving blank source and note out', () => {
    const parsed = parseReceive(ITEM, { quantity: '10', kind: 'purchase', source: ' ', note: '' });
    expect(parsed).toEqual({
      ok: true,
      draft: { type: 'stock.received', payload: { itemId: ITEM, quantity: 10, kind: 'purchase' } },
    });
    if (parsed.ok) expect(StockReceived.parse(parsed.draft.payload)).toEqual(parsed.draft.payload);
  });

  it('keeps a source and note, trimmed', () => {
    const parsed = parseReceive(ITEM, {
      quantity: '3',
      kind: 'donation',
      source: ' St. Mary ',
      note: ' winter drive ',
    });
    expect(parsed.ok && parsed.draft.payload).toEqual({
      itemId: ITEM,
      quantity: 3,
      kind: 'donation',
      source: 'St. Mary',
      note: 'winter drive',
    });
  });

  it('reports every field with a problem at once', () => {
    expect(parseReceive(ITEM, { quantity: '2.5', kind: 'donation', source: 'x'.repeat(121), note: '' })).toEqual({
      ok: false,
      problems: {
        quantity: { key: 'inventory.problem.decimal' },
        source: { key: 'inventory.problem.tooLong', values: { max: 120 } },
      },
    });
  });
});

describe('parseHandOut', () => {
  it('makes a stock.handedOut op, up to what is on hand', () => {
    const parsed = parseHandOut(ITEM, { quantity: '3', note: 'outreach' }, 3);
    expect(parsed).toEqual({
      ok: true,
      draft: { type: 'stock.handedOut', payload: { itemId: ITEM, quantity: 3, note: 'outreach' } },
    });
    if (parsed.ok) StockHandedOut.parse(parsed.draft.payload);
    expect(parseHandOut(ITEM, { quantity: '4', note: '' }, 3)).toEqual({
      ok: false,
      problems: { quantity: { key: 'inventory.problem.moreThanOnHand', values: { onHand: 3 } } },
    });
  });
});

describe('parseAdjust', () => {
  it('turns add and take away into a signed delta with the reason', () => {
    const up = adjust({ direction: 'add', quantity: '2', reason: 'found' });
    expect(up.ok && up.draft).toEqual({ type: 'stock.adjusted', payload: { itemId: ITEM, delta: 2, reason: 'found' } });
    const down = adjust({ direction: 'remove', quantity: '3', reason: 'damaged', note: 'wet' });
    expect(down.ok && down.draft.payload).toEqual({ itemId: ITEM, delta: -3, reason: 'damaged', note: 'wet' });
    if (down.ok) StockAdjusted.parse(down.draft.payload);
  });

  it('needs a direction, a reason, and a note when the reason is "other"', () => {
    expect(adjust({ direction: null, reason: null })).toEqual({
      ok: false,
      problems: { direction: { key: 'inventory.problem.direction' }, reason: { key: 'inventory.problem.reason' } },
    });
    expect(adjust({ reason: 'other' })).toEqual({
      ok: false,
      problems: { note: { key: 'inventory.problem.otherNote' } },
    });
    expect(adjust({ reason: 'other', note: 'miscounted delivery' }).ok).toBe(true);
  });

  it('cannot take away more than is on hand, but can add', () => {
    expect(adjust({ direction: 'remove', quantity: '11' }, 10)).toEqual({
      ok: false,
      problems: { quantity: { key: 'inventory.problem.moreThanOnHand', values: { onHand: 10 } } },
    });
    expect(adjust({ direction: 'add', quantity: '11' }, 0).ok).toBe(true);
  });
});

describe('parseCount', () => {
  const rows = [
    { itemId: 'item_blanket', typed: '12', believed: 10 },
    { itemId: 'item_hygiene_kit', typed: '  ', believed: 4 },
    { itemId: 'item_warm_meal', typed: '0', believed: -2 },
  ];

  it('makes one stock.counted op of the rows with a number, each with what the device showed', () => {
    const parsed = parseCount('count_0001', rows, ' shelf audit ');
    expect(parsed).toEqual({
      ok: true,
      counted: 2,
      draft: {
        type: 'stock.counted',
        payload: {
          countId: 'count_0001',
          items: [
            { itemId: 'item_blanket', counted: 12, believed: 10 },
            { itemId: 'item_warm_meal', counted: 0, believed: -2 },
          ],
          note: 'shelf audit',
        },
      },
    });
    if (parsed.ok) StockCounted.parse(parsed.draft.payload);
  });

  it('leaves blank rows out entirely, so a partial count never touches them', () => {
    const parsed = parseCount('count_0002', rows, '');
    const counted = parsed.ok && parsed.draft.type === 'stock.counted' ? parsed.draft.payload.items : [];
    expect(counted.map((item) => item.itemId)).not.toContain('item_hygiene_kit');
  });

  it('reports each badly typed row by item, and saves nothing', () => {
    expect(
      parseCount(
        'count_0003',
        [
          { itemId: 'item_blanket', typed: '2.5', believed: 1 },
          { itemId: 'item_warm_meal', typed: '-1', believed: 1 },
          { itemId: 'item_hygiene_kit', typed: '100001', believed: 1 },
          { itemId: 'item_socks_pair', typed: '4', believed: 1 },
        ],
        '',
      ),
    ).toEqual({
      ok: false,
      problems: {
        item_blanket: { key: 'inventory.problem.decimal' },
        item_warm_meal: { key: 'inventory.problem.negative' },
        item_hygiene_kit: { key: 'inventory.problem.tooHigh', values: { max: 100_000 } },
      },
    });
  });

  it('says so when nothing was counted', () => {
    expect(parseCount('count_0004', [{ itemId: 'item_blanket', typed: '', believed: 3 }], '')).toEqual({
      ok: false,
      problems: {},
      nothingCounted: true,
    });
  });
});
