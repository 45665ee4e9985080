/**
 * Catalog items made for one test through the sync API: a tracked item with a unique name in
 * both languages, and stock on its shelf if asked, so no test counts another test's stock.
 */
import type { ItemFields } from '../../../src/core/ops/catalog.js';
import { TEST_ITEM } from '../../support/op-factory.js';
import type { ServerProcess } from '../../support/server-process.js';
import { pushAsAdmin } from './center.js';
import { uniqueItemName, uniqueSuffix } from './names.js';

export interface TestItem {
  readonly itemId: string;
  /** The English name, e.g. "Rain poncho qmxte". */
  readonly name: string;
  /** The Spanish name: the English one with " (es)" after it. */
  readonly nameEs: string;
}

/** A tracked item (minimum 5) named after `base`, with `quantity` received if given; at `site` if given. */
export async function addTrackedItem(
  server: ServerProcess,
  base: string,
  options: { quantity?: number; fields?: Partial<ItemFields>; site?: string } = {},
): Promise<TestItem> {
  const itemId = `item_e2e_${uniqueSuffix()}${Date.now().toString(36)}`;
  const name = uniqueItemName(base);
  const nameEs = `${name} (es)`;
  const quantity = options.quantity ?? 0;
  await pushAsAdmin(
    server,
    [
      {
        type: 'catalog.itemAdded',
        payload: { itemId, item: { ...TEST_ITEM, ...options.fields, names: { en: name, es: nameEs } } },
      },
      ...(quantity > 0
        ? [{ type: 'stock.received' as const, payload: { itemId, quantity, kind: 'donation' as const } }]
        : []),
    ],
    { site: options.site },
  );
  return { itemId, name, nameEs };
}
