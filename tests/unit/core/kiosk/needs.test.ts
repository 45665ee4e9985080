import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import type { CatalogItem } from '../../../../src/core/fold/selectors.js';
import { groupOf, itemName, needTiles, requestedItems } from '../../../../src/core/kiosk/needs.js';

const catalog: CatalogItem[] = SEED_CATALOG.map(({ id, item }) => ({ ...item, id }));
const stock = new Map([
  ['item_warm_meal', 20],
  ['item_blanket', 1],
  ['item_naloxone_kit', 10],
  ['item_tent', -2],
]);
const tile = (tiles: ReturnType<typeof needTiles>, id: string) => tiles.find((t) => t.item.id === id);

describe('what do you need today', () => {
  const tiles = needTiles(catalog, stock);

  it('groups tiles by category, harm-reduction supplies under the neutral health and safety group', () => {
    expect(tiles.filter((t) => t.group === 'healthSafety').map((t) => t.item.id)).toEqual([
      'item_naloxone_kit',
      'item_safer_use',
      'item_wound_care',
    ]);
    expect(tiles.filter((t) => t.group === 'caseManager')).toHaveLength(11);
    expect(tile(tiles, 'item_warm_meal')?.group).toBe('food');
    expect(tile(tiles, 'item_blanket')?.group).toBe('shelter');
  });

  it('puts a discreet item of any category under health and safety, but keeps case-manager topics together', () => {
    expect(groupOf({ category: 'hygiene', discreet: true })).toBe('healthSafety');
    expect(groupOf({ category: 'caseManager', discreet: true })).toBe('caseManager');
    expect(groupOf({ category: 'healthSafety', discreet: false })).toBe('healthSafety');
  });

  it('shows items with nothing on hand as unavailable instead of hiding them; services are always there', () => {
    expect(tile(tiles, 'item_hygiene_kit')).toMatchObject({ availability: 'out', max: 0 });
    expect(tile(tiles, 'item_tent')).toMatchObject({ availability: 'out', max: 0 }); // ledger below zero
    expect(tile(tiles, 'item_phone_charging')).toMatchObject({ availability: 'available', max: 1 });
  });

  it('lets someone ask up to the per-visit limit, and no more than is on hand', () => {
    expect(tile(tiles, 'item_warm_meal')?.max).toBe(1);
    expect(tile(tiles, 'item_naloxone_kit')?.max).toBe(2);
    expect(tile(tiles, 'item_blanket')?.max).toBe(1); // limit 2, but one left
  });

  it('counts what the visit already asked for against the limit', () => {
    const again = needTiles(
      catalog,
      stock,
      new Map([
        ['item_warm_meal', 1],
        ['item_naloxone_kit', 1],
      ]),
    );
    expect(tile(again, 'item_warm_meal')).toMatchObject({ availability: 'limitReached', max: 0 });
    expect(tile(again, 'item_naloxone_kit')?.max).toBe(1);
  });

  it('leaves retired items out', () => {
    const retired = catalog.map((item) => (item.id === 'item_snacks' ? { ...item, retired: true } : item));
    expect(tile(needTiles(retired, stock), 'item_snacks')).toBeUndefined();
  });

  it('turns a choice into request lines, in catalog order, within each maximum, skipping the unavailable', () => {
    const chosen = new Map([
      ['item_cm_housing', 1],
      ['item_naloxone_kit', 5],
      ['item_hygiene_kit', 1],
      ['item_warm_meal', 1],
      ['item_snacks', 0],
    ]);
    expect(requestedItems(tiles, chosen)).toEqual([
      { itemId: 'item_warm_meal', quantity: 1 },
      { itemId: 'item_naloxone_kit', quantity: 2 },
      { itemId: 'item_cm_housing', quantity: 1 },
    ]);
  });

  it('names items in the chosen language, English when there is no translation', () => {
    const meal = tile(tiles, 'item_warm_meal')?.item as CatalogItem;
    expect(itemName(meal, 'es')).toBe('Comida caliente');
    expect(itemName(meal, 'vi')).toBe('Warm meal');
  });
});
