/**
 * Inventory: the stock list at /staff/inventory, a count at /staff/inventory/count and one item
 * (its history, receive, adjust, hand out) at /staff/inventory/<itemId>. Everything reads and
 * writes this device's data, so it works offline.
 */
import './inventory.css';
import { t } from '../../i18n/index.js';
import { BatchPage } from './BatchPage.js';
import { CountPage } from './CountPage.js';
import { InventoryList } from './InventoryList.js';
import { ItemPage } from './ItemPage.js';
import { INVENTORY_PATH, inventoryRoute } from './inventory-routes.js';

export function InventorySection({ path }: { path: string }) {
  const route = inventoryRoute(path);
  switch (route.page) {
    case 'list':
      return <InventoryList />;
    case 'count':
      return <CountPage />;
    case 'box':
      return <BatchPage key="box" mode="receive" />;
    case 'walkUp':
      return <BatchPage key="walkUp" mode="handOut" />;
    case 'item':
      // Keyed by id: another item starts with empty forms.
      return <ItemPage key={route.itemId} itemId={route.itemId} />;
    case 'unknown':
      return (
        <>
          <h1>{t.value('inventory.notFound.title')}</h1>
          <a href={INVENTORY_PATH}>{t.value('inventory.back')}</a>
        </>
      );
  }
}
