/** Every picture name the catalog uses is drawn; an unknown name falls back to a parcel. */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import { ICON_CHOICES } from '../../../src/staff/catalog/catalog-labels.js';
import { hasItemIcon } from '../../../src/ui/item-icons.js';

describe('item pictures', () => {
  it('has a picture for every seeded item’s icon name', () => {
    const missing = SEED_CATALOG.map((seed) => seed.item.icon).filter((icon) => !hasItemIcon(icon));
    expect(missing).toEqual([]);
  });

  it('has a picture for every name the staff icon picker offers', () => {
    expect(ICON_CHOICES.map((choice) => choice.name).filter((name) => !hasItemIcon(name))).toEqual([]);
  });

  it('treats a name it does not know, even one an object has built in, as having no picture', () => {
    expect(hasItemIcon('rocket')).toBe(false);
    expect(hasItemIcon('toString')).toBe(false);
    expect(hasItemIcon('')).toBe(false);
  });
});
