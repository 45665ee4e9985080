/** An item's history lines (what, change, why, who, device, when), the stock list's rows, and the section's routes. */
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../src/core/fold/selectors.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import {
  earlierMovements,
  historyLine,
  historyLines,
  type RequestFacts,
  signed,
  timeOfStamp,
} from '../../../src/staff/inventory/inventory-history.js';
import { stockRows } from '../../../src/staff/inventory/inventory-queries.js';
import { inventoryRoute, itemHref } from '../../../src/staff/inventory/inventory-routes.js';
import { opBuilder, TEST_ITEM } from '../../support/op-factory.js';

const ITEM = 'item_blanket';
const laptop = opBuilder('dev_laptop_01', 'staff_ana_0001', Date.UTC(2026, 10, 28, 19));
const none = new Map<string, RequestFacts>();
const lineOf = (draft: OpDraft, requests = none) => {
  const op = laptop.op(draft);
  return { op, line: historyLine(op, ITEM, requests) };
};

describe('historyLine', () => {
  it('says who, when and on which device from the op envelope', () => {
    const { op, line } = lineOf({ type: 'stock.received', payload: { itemId: ITEM, quantity: 10, kind: 'donation' } });
    expect(line).toMatchObject({ opId: op.id, actor: 'staff_ana_0001', deviceId: 'dev_laptop_01' });
    expect(line?.at).toBe(timeOfStamp(op.at));
    expect(Date.parse(line?.at ?? '')).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 28, 19));
  });

  it('describes a receipt with its kind, source and note', () => {
    const { line } = lineOf({
      type: 'stock.received',
      payload: { itemId: ITEM, quantity: 10, kind: 'purchase', source: 'Costco', note: 'winter' },
    });
    expect(line).toMatchObject({
      change: 10,
      what: { key: 'inventory.history.received.purchase', values: { quantity: 10 } },
      reason: null,
      source: 'Costco',
      note: 'winter',
    });
  });

  it('describes a walk-up hand-out and an adjustment with its reason', () => {
    expect(lineOf({ type: 'stock.handedOut', payload: { itemId: ITEM, quantity: 2 } }).line).toMatchObject({
      change: -2,
      what: { key: 'inventory.history.handedOut', values: { quantity: 2 } },
      note: null,
    });
    expect(
      lineOf({ type: 'stock.adjusted', payload: { itemId: ITEM, delta: -3, reason: 'damaged', note: 'wet' } }).line,
    ).toMatchObject({
      change: -3,
      what: { key: 'inventory.history.removed', values: { quantity: 3 } },
      reason: 'inventory.reason.damaged',
      note: 'wet',
    });
    expect(lineOf({ type: 'stock.adjusted', payload: { itemId: ITEM, delta: 4, reason: 'found' } }).line).toMatchObject(
      { change: 4, what: { key: 'inventory.history.added' }, reason: 'inventory.reason.found' },
    );
  });

  it('takes this item’s line of a count: counted minus what the device believed', () => {
    const { line } = lineOf({
      type: 'stock.counted',
      payload: {
        countId: 'count_0001',
        items: [
          { itemId: 'item_other_01', counted: 1, believed: 9 },
          { itemId: ITEM, counted: 6, believed: 7 },
        ],
      },
    });
    expect(line).toMatchObject({
      change: -1,
      what: { key: 'inventory.history.counted', values: { counted: 6, believed: 7 } },
    });
  });

  it('names the request a hand-out answered, and marks an answer that lost as not counted', () => {
    const draft: OpDraft = {
      type: 'request.fulfilled',
      payload: { requestId: 'req_00000001', partial: false, handedOut: [{ itemId: ITEM, quantity: 2 }] },
    };
    const op = laptop.op(draft);
    const won = new Map([['req_00000001', { ticket: 'A-12', winningOpId: op.id }]]);
    expect(historyLine(op, ITEM, won)).toMatchObject({
      change: -2,
      what: { key: 'inventory.history.forRequest', values: { quantity: 2, ticket: 'A-12' } },
      reason: null,
    });
    const lost = new Map([['req_00000001', { ticket: null, winningOpId: 'op_someone_else' }]]);
    expect(historyLine(op, ITEM, lost)).toMatchObject({
      change: 0,
      what: { key: 'inventory.history.forARequest', values: { quantity: 2 } },
      reason: 'inventory.history.answeredTwice',
    });
    expect(historyLine(op, ITEM, none)).toMatchObject({ change: -2, what: { key: 'inventory.history.forARequest' } });
  });

  it('shows nothing for ops that moved nothing here', () => {
    expect(
      lineOf({ type: 'request.declined', payload: { requestId: 'req_00000001', reason: 'other' } }).line,
    ).toBeNull();
  });
});

describe('historyLines', () => {
  it('lists newest first', () => {
    const first = laptop.op({ type: 'stock.received', payload: { itemId: ITEM, quantity: 5, kind: 'donation' } });
    const second = laptop.op({ type: 'stock.handedOut', payload: { itemId: ITEM, quantity: 1 } });
    expect(historyLines([first, second], ITEM, none).map((line) => line.opId)).toEqual([second.id, first.id]);
  });
});

describe('signed', () => {
  it('shows the direction of a change', () => {
    expect([signed(10), signed(-3), signed(0)]).toEqual(['+10', '-3', '0']);
  });
});

describe('stockRows', () => {
  const item = (id: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({ ...TEST_ITEM, id, ...extra });

  it('lists tracked items with their status; services are not stock; retired ones only while they have stock', () => {
    const rows = stockRows(
      [
        item('item_ok_0001', { minimum: 5 }),
        item('item_low_0001', { minimum: 5 }),
        item('item_out_0001'),
        item('item_neg_0001'),
        item('item_charging', { kind: 'service', minimum: null }),
        item('item_gone_0001', { retired: true }),
        item('item_left_0001', { retired: true }),
      ],
      new Map([
        ['item_ok_0001', 9],
        ['item_low_0001', 5],
        ['item_neg_0001', -2],
        ['item_left_0001', 3],
      ]),
    );
    expect(rows.map((row) => [row.item.id, row.onHand, row.status])).toEqual([
      ['item_ok_0001', 9, 'ok'],
      ['item_low_0001', 5, 'low'],
      ['item_out_0001', 0, 'out'],
      ['item_neg_0001', -2, 'needsCount'],
      ['item_left_0001', 3, 'low'],
    ]);
  });
});

describe('inventoryRoute', () => {
  it('knows the list, the count and an item', () => {
    expect(inventoryRoute('/staff/inventory')).toEqual({ page: 'list' });
    expect(inventoryRoute('/staff/inventory/')).toEqual({ page: 'list' });
    expect(inventoryRoute('/staff/inventory/count')).toEqual({ page: 'count' });
    expect(inventoryRoute(itemHref('item_blanket'))).toEqual({ page: 'item', itemId: 'item_blanket' });
    expect(inventoryRoute('/staff/inventory/a/b')).toEqual({ page: 'unknown' });
  });
});

describe('earlierMovements', () => {
  const received = laptop.op({ type: 'stock.received', payload: { itemId: ITEM, quantity: 5, kind: 'donation' } });
  const lines = historyLines([received], ITEM, none);

  it('is nothing when this device has every line of the view', () => {
    expect(earlierMovements({ onHand: 5, lines: 1 }, lines)).toBeNull();
  });

  it('sums the lines a device that started from a snapshot never saw, so the history adds up to on hand', () => {
    expect(earlierMovements({ onHand: 12, lines: 4 }, lines)).toEqual({ count: 3, change: 7 });
  });

  it('does not count a hand-out that lost to an earlier answer (it is no ledger line)', () => {
    const fulfilled = laptop.op({
      type: 'request.fulfilled',
      payload: { requestId: 'req_00000002', partial: false, handedOut: [{ itemId: ITEM, quantity: 1 }] },
    });
    const lost = new Map([['req_00000002', { ticket: 'B-1', winningOpId: 'op_other' }]]);
    expect(earlierMovements({ onHand: 5, lines: 1 }, historyLines([received, fulfilled], ITEM, lost))).toBeNull();
  });
});
