import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import type { CatalogItem } from '../../../../src/core/fold/selectors.js';
import { GROUP_ORDER, needGroups, tileColumns } from '../../../../src/core/kiosk/need-groups.js';
import { needTiles } from '../../../../src/core/kiosk/needs.js';
import { ItemCategory } from '../../../../src/core/ops/catalog.js';

const seed: CatalogItem[] = SEED_CATALOG.map(({ id, item }) => ({ ...item, id }));
const base = seed[0] as CatalogItem;
const stock = new Map([
  ['item_blanket', 4],
  ['item_naloxone_kit', 10],
  ['item_clothing', 10],
]);

describe('the needs screen groups', () => {
  it('shows the seeded catalog as eight groups, health and safety near the end, case manager last', () => {
    const groups = needGroups(needTiles(seed, stock), new Map());
    expect(groups.map((group) => group.group)).toEqual([
      'food',
      'services',
      'hygiene',
      'clothing',
      'shelter',
      'pets',
      'healthSafety',
      'caseManager',
    ]);
    expect(groups.find((group) => group.group === 'caseManager')?.tiles).toHaveLength(11);
  });

  it('leaves out a group with no items left in the catalog', () => {
    const noPets = seed.map((item) => (item.category === 'pets' ? { ...item, retired: true } : item));
    expect(needGroups(needTiles(noPets, stock), new Map()).map((group) => group.group)).not.toContain('pets');
  });

  it('counts the units chosen in each group, within what can be asked for', () => {
    const chosen = new Map([
      ['item_blanket', 2],
      ['item_tent', 1], // none on hand: not counted
      ['item_clothing', 3],
      ['item_shoes', 0],
      ['item_naloxone_kit', 9], // limit 2
    ]);
    const groups = needGroups(needTiles(seed, stock), chosen);
    const chosenIn = (group: string) => groups.find((candidate) => candidate.group === group)?.chosen;
    expect(chosenIn('shelter')).toBe(2);
    expect(chosenIn('clothing')).toBe(3);
    expect(chosenIn('healthSafety')).toBe(2);
    expect(chosenIn('food')).toBe(0);
  });

  it('puts every tile in exactly one shown group, whatever the catalog', () => {
    const itemArb = fc.record({
      category: fc.constantFrom(...ItemCategory.options),
      discreet: fc.boolean(),
      retired: fc.boolean(),
      kind: fc.constantFrom('tracked' as const, 'service' as const),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), (drafts) => {
        const items: CatalogItem[] = drafts.map((draft, index) => ({ ...base, ...draft, id: `item_${index}` }));
        const tiles = needTiles(items, new Map(items.map((item) => [item.id, 3])));
        const groups = needGroups(tiles, new Map());
        const placed = groups.flatMap((group) => group.tiles.map((tile) => tile.item.id));
        expect(placed.toSorted()).toEqual(tiles.map((tile) => tile.item.id).toSorted());
        expect(new Set(placed).size).toBe(placed.length);
        expect(groups.every((group) => group.tiles.length > 0 && GROUP_ORDER.includes(group.group))).toBe(true);
      }),
    );
  });

  it('lays out a page of tiles in columns that fit a wide and a tall tablet', () => {
    expect(tileColumns(3)).toEqual({ wide: 3, tall: 2 });
    expect(tileColumns(8)).toEqual({ wide: 4, tall: 3 });
    expect(tileColumns(11)).toEqual({ wide: 4, tall: 3 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), (count) => {
        const { wide, tall } = tileColumns(count);
        // A catalog group this size fits in 3 rows on a 1280×800 tablet and 5 on an 800×1280 one.
        expect(Math.ceil(count / wide)).toBeLessThanOrEqual(3);
        expect(Math.ceil(count / tall)).toBeLessThanOrEqual(5);
      }),
    );
  });
});
