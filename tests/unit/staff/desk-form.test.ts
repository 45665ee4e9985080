/** The front desk's request form: typed quantities within the kiosk's limits, or the rows to fix. */
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../src/core/fold/selectors.js';
import { needTiles } from '../../../src/core/kiosk/needs.js';
import { parseDeskRequest } from '../../../src/staff/desk/desk-form.js';
import { shortName } from '../../../src/staff/desk/desk-queries.js';
import { TEST_ITEM } from '../../support/op-factory.js';

const item = (id: string, position: number, fields: Partial<CatalogItem> = {}): CatalogItem => ({
  ...TEST_ITEM,
  id,
  position,
  ...fields,
});
const ITEMS = [item('item_blanket', 1), item('item_socks00', 2, { perVisitLimit: 3 }), item('item_tents00', 3)];
const STOCK = new Map([
  ['item_blanket', 10],
  ['item_socks00', 10],
]);

describe('parseDeskRequest', () => {
  it('asks for the typed items in catalog order; a first visit may ask for nothing', () => {
    const tiles = needTiles(ITEMS, STOCK);
    expect(parseDeskRequest(tiles, { item_socks00: '3', item_blanket: ' 1 ' }, false)).toEqual({
      ok: true,
      items: [
        { itemId: 'item_blanket', quantity: 1 },
        { itemId: 'item_socks00', quantity: 3 },
      ],
    });
    expect(parseDeskRequest(tiles, {}, false)).toEqual({ ok: true, items: [] });
  });

  it('keeps what was asked today against the per-visit limit, and needs something to add', () => {
    const tiles = needTiles(ITEMS, STOCK, new Map([['item_socks00', 2]]));
    expect(parseDeskRequest(tiles, { item_socks00: '2' }, true)).toEqual({
      ok: false,
      problems: { item_socks00: { key: 'desk.problem.overLimit', values: { max: 1 } } },
    });
    expect(parseDeskRequest(tiles, { item_blanket: '' }, true)).toEqual({
      ok: false,
      problems: {},
      nothingChosen: true,
    });
  });

  it('refuses zero, decimals and words, and ignores what typed for an item out of stock', () => {
    const tiles = needTiles(ITEMS, STOCK);
    expect(parseDeskRequest(tiles, { item_blanket: '0', item_socks00: '1.5', item_tents00: '1' }, false)).toEqual({
      ok: false,
      problems: {
        item_blanket: { key: 'inventory.problem.tooLow', values: { min: 1 } },
        item_socks00: { key: 'inventory.problem.decimal' },
      },
    });
  });
});

describe('shortName', () => {
  it('is the preferred name and the last initial', () => {
    expect(shortName({ preferredName: 'Rosa', lastName: ' méndez' })).toBe('Rosa M.');
    expect(shortName({ preferredName: 'Rosa', lastName: null })).toBe('Rosa');
  });
});
