/** The box and walk-up forms: typed rows to one batch op, or every problem and nothing to write; their history lines. */
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../src/core/fold/selectors.js';
import { type BatchValues, parseBatch } from '../../../src/staff/inventory/batch-form.js';
import { historyLine } from '../../../src/staff/inventory/inventory-history.js';
import { inventoryRoute } from '../../../src/staff/inventory/inventory-routes.js';
import { opBuilder, TEST_ITEM } from '../../support/op-factory.js';

const item = (id: string, position: number, fields: Partial<CatalogItem> = {}): CatalogItem => ({
  ...TEST_ITEM,
  id,
  position,
  ...fields,
});
const ITEMS = [item('item_socks00', 2), item('item_blanket', 1), item('item_retired', 3, { retired: true })];
const ON_HAND = new Map([
  ['item_blanket', 4],
  ['item_socks00', 10],
]);
const values = (typed: Record<string, string>, more: Partial<BatchValues> = {}): BatchValues => ({
  typed,
  kind: 'donation',
  source: '',
  note: '',
  ...more,
});

describe('parseBatch', () => {
  it('makes one stock.batchReceived op with the typed rows in catalog order, blanks left out', () => {
    const result = parseBatch(
      'receive',
      'batch_000001',
      values({ item_socks00: ' 12 ', item_blanket: '3', item_other0: '' }, { kind: 'transfer', source: ' Echo Park ' }),
      ITEMS,
      ON_HAND,
    );
    expect(result).toEqual({
      ok: true,
      total: 15,
      lines: [
        { itemId: 'item_blanket', quantity: 3 },
        { itemId: 'item_socks00', quantity: 12 },
      ],
      draft: {
        type: 'stock.batchReceived',
        payload: {
          batchId: 'batch_000001',
          kind: 'transfer',
          source: 'Echo Park',
          lines: [
            { itemId: 'item_blanket', quantity: 3 },
            { itemId: 'item_socks00', quantity: 12 },
          ],
        },
      },
    });
  });

  it('refuses the whole box for a zero, a negative or a retired line, naming each row', () => {
    const result = parseBatch(
      'receive',
      'batch_000001',
      values({ item_blanket: '0', item_socks00: '-2', item_retired: '1' }),
      ITEMS,
      ON_HAND,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        item_blanket: { key: 'inventory.problem.tooLow', values: { min: 1 } },
        item_socks00: { key: 'inventory.problem.negative' },
        item_retired: { key: 'inventory.problem.retired' },
      },
    });
  });

  it('says when nothing was typed', () => {
    expect(parseBatch('receive', 'batch_000001', values({ item_blanket: ' ' }), ITEMS, ON_HAND)).toEqual({
      ok: false,
      problems: {},
      nothingListed: true,
    });
  });

  it('hands out no more than is on hand', () => {
    const result = parseBatch(
      'handOut',
      'batch_000001',
      values({ item_blanket: '5', item_socks00: '2' }),
      ITEMS,
      ON_HAND,
    );
    expect(result).toEqual({
      ok: false,
      problems: { item_blanket: { key: 'inventory.problem.moreThanOnHand', values: { onHand: 4 } } },
    });
    const fine = parseBatch(
      'handOut',
      'batch_000001',
      values({ item_blanket: '4', item_socks00: '2' }),
      ITEMS,
      ON_HAND,
    );
    expect(fine.ok && fine.draft).toEqual({
      type: 'stock.batchHandedOut',
      payload: {
        batchId: 'batch_000001',
        lines: [
          { itemId: 'item_blanket', quantity: 4 },
          { itemId: 'item_socks00', quantity: 2 },
        ],
      },
    });
  });
});

describe('a batch in an item’s history', () => {
  const laptop = opBuilder('dev_laptop_01', 'staff_ana_0001');
  it('shows each item its own line of the box, and nothing for items not in it', () => {
    const op = laptop.op({
      type: 'stock.batchReceived',
      payload: {
        batchId: 'batch_000001',
        kind: 'transfer',
        source: 'Echo Park',
        lines: [
          { itemId: 'item_blanket', quantity: 3 },
          { itemId: 'item_socks00', quantity: 12 },
        ],
      },
    });
    expect(historyLine(op, 'item_socks00', new Map())).toMatchObject({
      change: 12,
      what: { key: 'inventory.history.received.transfer', values: { quantity: 12 } },
      source: 'Echo Park',
    });
    expect(historyLine(op, 'item_nothere', new Map())).toBeNull();
    const out = laptop.op({
      type: 'stock.batchHandedOut',
      payload: { batchId: 'batch_000002', lines: [{ itemId: 'item_blanket', quantity: 2 }] },
    });
    expect(historyLine(out, 'item_blanket', new Map())).toMatchObject({ change: -2 });
  });

  it('has its pages at /staff/inventory/box and /staff/inventory/walk-up', () => {
    expect(inventoryRoute('/staff/inventory/box')).toEqual({ page: 'box' });
    expect(inventoryRoute('/staff/inventory/walk-up/')).toEqual({ page: 'walkUp' });
  });
});
