import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import type { CatalogItem } from '../../../../src/core/fold/selectors.js';
import { askedLines } from '../../../../src/core/kiosk/asked-lines.js';
import { itemName, needTiles } from '../../../../src/core/kiosk/needs.js';

const seed: CatalogItem[] = SEED_CATALOG.map(({ id, item }) => ({ ...item, id }));
const tiles = needTiles(seed, new Map(seed.map((item) => [item.id, 10])));
const words = (language: string) => ({
  name: (item: CatalogItem) => itemName(item, language),
  discreet: (count: number) => `Discreet (${count})`,
});

describe('the lines of the list and the ticket', () => {
  it('names items with their quantity, and counts discreet units in one neutral line, last', () => {
    const lines = askedLines(
      [
        { itemId: 'item_warm_meal', quantity: 1 },
        { itemId: 'item_naloxone_kit', quantity: 2 },
        { itemId: 'item_blanket', quantity: 2 },
        { itemId: 'item_wound_care', quantity: 1 },
      ],
      tiles,
      words('en'),
    );
    expect(lines).toEqual(['Warm meal', 'Blanket × 2', 'Discreet (3)']);
    expect(lines.join(' ')).not.toMatch(/Naloxone|Wound/);
  });

  it('speaks the language it is given', () => {
    expect(askedLines([{ itemId: 'item_blanket', quantity: 1 }], tiles, words('es'))).toEqual(['Cobija']);
  });

  it('has no neutral line when nothing discreet was chosen, and skips items it does not know', () => {
    expect(
      askedLines(
        [
          { itemId: 'item_gone', quantity: 1 },
          { itemId: 'item_cm_dmv', quantity: 1 },
        ],
        tiles,
        words('en'),
      ),
    ).toEqual(['DMV']);
    expect(askedLines([], tiles, words('en'))).toEqual([]);
  });

  it('names a health and safety item that is not discreet', () => {
    const sunscreen: CatalogItem = {
      ...(seed[0] as CatalogItem),
      id: 'item_sunscreen',
      category: 'healthSafety',
      names: { en: 'Sunscreen' },
    };
    const own = needTiles(
      [...seed, sunscreen],
      new Map([
        ['item_sunscreen', 3],
        ['item_naloxone_kit', 3],
      ]),
    );
    expect(
      askedLines(
        [
          { itemId: 'item_naloxone_kit', quantity: 1 },
          { itemId: 'item_sunscreen', quantity: 1 },
        ],
        own,
        words('en'),
      ),
    ).toEqual(['Sunscreen', 'Discreet (1)']);
  });
});
