/** Moving items in the kiosk order, the catalog's labels and its routes. */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import { ItemCategory } from '../../../src/core/ops/catalog.js';
import { catalogRoute } from '../../../src/staff/catalog/CatalogSection.js';
import { CATEGORIES, CATEGORY_LABEL, ICON_CHOICES } from '../../../src/staff/catalog/catalog-labels.js';
import { moveChanges } from '../../../src/staff/catalog/catalog-order.js';
import { hasItemIcon } from '../../../src/ui/item-icons.js';

const items = [
  { id: 'a', position: 10 },
  { id: 'b', position: 20 },
  { id: 'c', position: 30 },
];

describe('moveChanges', () => {
  it('swaps positions with the neighbour', () => {
    expect(moveChanges(items, 'b', 'up')).toEqual([
      { itemId: 'b', position: 10 },
      { itemId: 'a', position: 20 },
    ]);
    expect(moveChanges(items, 'b', 'down')).toEqual([
      { itemId: 'b', position: 30 },
      { itemId: 'c', position: 20 },
    ]);
  });

  it('changes nothing for the first item moving up, the last moving down, or an unknown item', () => {
    expect(moveChanges(items, 'a', 'up')).toEqual([]);
    expect(moveChanges(items, 'c', 'down')).toEqual([]);
    expect(moveChanges(items, 'x', 'up')).toEqual([]);
  });

  it('renumbers when two items share a position, so the move still happens', () => {
    const tied = [
      { id: 'a', position: 10 },
      { id: 'b', position: 20 },
      { id: 'c', position: 20 },
    ];
    // Renumbered a, c, b as 10, 20, 30: only b's position differs from before.
    expect(moveChanges(tied, 'c', 'up')).toEqual([{ itemId: 'b', position: 30 }]);
  });
});

describe('catalog labels and routes', () => {
  it('offers only icon names that have a picture, including every seeded item’s', () => {
    expect(ICON_CHOICES.length).toBeGreaterThan(20);
    for (const choice of ICON_CHOICES) expect(hasItemIcon(choice.name), choice.name).toBe(true);
    const names = new Set(ICON_CHOICES.map((choice) => choice.name));
    for (const seed of SEED_CATALOG) expect(names.has(seed.item.icon), seed.item.icon).toBe(true);
  });

  it('has a label for every category', () => {
    expect([...CATEGORIES].sort()).toEqual([...ItemCategory.options].sort());
    expect(Object.keys(CATEGORY_LABEL).sort()).toEqual([...ItemCategory.options].sort());
  });

  it('routes the list, a new item and one item', () => {
    expect(catalogRoute('/staff/catalog')).toEqual({ page: 'list' });
    expect(catalogRoute('/staff/catalog/')).toEqual({ page: 'list' });
    expect(catalogRoute('/staff/catalog/new')).toEqual({ page: 'new' });
    expect(catalogRoute('/staff/catalog/item_blanket')).toEqual({ page: 'item', itemId: 'item_blanket' });
    expect(catalogRoute('/staff/catalog/a/b')).toEqual({ page: 'unknown' });
  });
});
