import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../../src/core/fold/selectors.js';
import { checkBatchLines } from '../../../../src/core/stock/batch-check.js';
import { TEST_ITEM } from '../../../support/op-factory.js';

const item = (id: string, fields: Partial<CatalogItem> = {}): CatalogItem => ({ ...TEST_ITEM, id, ...fields });
const CATALOG = [
  item('item_blanket'),
  item('item_socks00'),
  item('item_retired', { retired: true }),
  item('item_shower0', { kind: 'service' }),
];

describe('checking the lines of a box', () => {
  it('accepts tracked items of the catalog, each once, with positive quantities', () => {
    const lines = [
      { itemId: 'item_blanket', quantity: 3 },
      { itemId: 'item_socks00', quantity: 12 },
    ];
    expect(checkBatchLines(lines, CATALOG)).toEqual({ ok: true, lines });
  });

  it('names every line to fix: zero, negative, twice, retired, unknown, a service', () => {
    const check = checkBatchLines(
      [
        { itemId: 'item_blanket', quantity: 0 },
        { itemId: 'item_socks00', quantity: -2 },
        { itemId: 'item_socks00', quantity: 1 },
        { itemId: 'item_retired', quantity: 1 },
        { itemId: 'item_nothere', quantity: 1 },
        { itemId: 'item_shower0', quantity: 1 },
      ],
      CATALOG,
    );
    expect(check).toEqual({
      ok: false,
      empty: false,
      problems: [
        { itemId: 'item_blanket', problem: 'notPositive' },
        { itemId: 'item_socks00', problem: 'notPositive' },
        { itemId: 'item_socks00', problem: 'listedTwice' },
        { itemId: 'item_retired', problem: 'retired' },
        { itemId: 'item_nothere', problem: 'unknownItem' },
        { itemId: 'item_shower0', problem: 'notTracked' },
      ],
    });
  });

  it('says when nothing was listed', () => {
    expect(checkBatchLines([], CATALOG)).toEqual({ ok: false, problems: [], empty: true });
  });

  it('caps a hand-out at what is on hand', () => {
    const onHand = new Map([
      ['item_blanket', 2],
      ['item_socks00', 10],
    ]);
    const check = checkBatchLines(
      [
        { itemId: 'item_blanket', quantity: 3 },
        { itemId: 'item_socks00', quantity: 10 },
      ],
      CATALOG,
      onHand,
    );
    expect(check).toEqual({
      ok: false,
      empty: false,
      problems: [{ itemId: 'item_blanket', problem: 'moreThanOnHand' }],
    });
  });
});
