import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { BoxPage } from './pages/box-page.js';
import { InventoryPage } from './pages/inventory-page.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, waitUntilSynced } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { snapshotOnHand } from './support/server-stock.js';

/** On hand on the server, from its log: what was received in batches and one by one. */
async function serverReceived(server: ServerProcess, itemId: string): Promise<number> {
  let total = 0;
  for (const op of await serverOps(server)) {
    if (op.type === 'stock.received' && op.payload.itemId === itemId) total += op.payload.quantity;
    if (op.type === 'stock.batchReceived')
      for (const line of op.payload.lines) if (line.itemId === itemId) total += line.quantity;
  }
  return total;
}

test('a box of three items changes each stock line by its quantity, on screen and on the server; bad rows save nothing', async ({
  page,
  server,
  pageErrors,
}) => {
  const items = [
    await addTrackedItem(server, 'Toothbrush', { quantity: 2 }),
    await addTrackedItem(server, 'Rain poncho'),
    await addTrackedItem(server, 'Hand warmer', { quantity: 1 }),
  ] as const;
  await openConsoleAsAdmin(page, server);
  const inventory = new InventoryPage(page);
  const box = new BoxPage(page);
  await inventory.openList();
  await box.open();

  await box.receive({ [items[0].name]: 10, [items[1].name]: 0, [items[2].name]: -3 });
  await expect(page.getByText('Type 1 or more.')).toBeVisible();
  await expect(page.getByText('Type the number without a minus sign.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved. Please fix the rows marked below.');

  await box.receive(
    { [items[0].name]: 10, [items[1].name]: 24, [items[2].name]: 5 },
    { kind: 'Transfer', source: 'Echo Park site' },
  );
  await expect(box.confirmation('Box received: 3 items, 39 in all.')).toBeVisible();
  await expect(box.quantityOf(items[0].name)).toHaveValue('');

  await inventory.backToList();
  for (const [item, onHand] of [
    [items[0], '12'],
    [items[1], '24'],
    [items[2], '6'],
  ] as const) {
    await expect(inventory.stockRow(item.name)).toContainText(onHand);
  }
  await inventory.openItem(items[1].name);
  await expect(inventory.movement(/Received 24 \(transfer\)/)).toContainText('From Echo Park site');

  await waitUntilSynced(page);
  expect(await serverReceived(server, items[0].itemId)).toBe(12);
  expect(await serverReceived(server, items[1].itemId)).toBe(24);
  expect(await serverReceived(server, items[2].itemId)).toBe(6);
  const boxes = (await serverOps(server)).filter(
    (op) => op.type === 'stock.batchReceived' && op.payload.lines.some((line) => line.itemId === items[0].itemId),
  );
  expect(boxes).toHaveLength(1);
  expect(
    await snapshotOnHand(
      server,
      items.map((item) => item.itemId),
    ),
  ).toEqual([12, 24, 6]);

  // A walk-up hand-out of several: more than on hand is refused whole.
  await inventory.backToList();
  await box.openWalkUp();
  await box.handOut({ [items[0].name]: 2, [items[2].name]: 7 });
  await expect(page.getByText('The records show only 6 on hand. Count the shelf if there are more.')).toBeVisible();
  await box.handOut({ [items[0].name]: 2, [items[2].name]: 6 });
  await expect(box.confirmation('Handed out 2 items, 8 in all.')).toBeVisible();
  await inventory.backToList();
  await expect(inventory.stockRow(items[0].name)).toContainText('10');
  await expect(inventory.stockRow(items[2].name)).toContainText('Out');
  await waitUntilSynced(page);
  expect(
    await snapshotOnHand(
      server,
      items.map((item) => item.itemId),
    ),
  ).toEqual([10, 24, 0]);
  expect(pageErrors).toEqual([]);
});

test('a box in Spanish', async ({ page, server, pageErrors }) => {
  const items = [
    await addTrackedItem(server, 'Shampoo'),
    await addTrackedItem(server, 'Razor'),
    await addTrackedItem(server, 'Lip balm'),
  ] as const;
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Inventario' }).click();
  const box = new BoxPage(page);
  await box.open('es');
  await box.receive(
    { [items[0].nameEs]: 3, [items[1].nameEs]: 4, [items[2].nameEs]: 5 },
    { kind: 'Donación', source: 'Iglesia San Juan', language: 'es' },
  );
  await expect(box.confirmation('Caja recibida: 3 artículos, 12 en total.')).toBeVisible();
  await page.getByRole('link', { name: 'Volver al inventario' }).click();
  const table = page.getByRole('table', { name: 'Existencias' });
  for (const [item, onHand] of [
    [items[0], '3'],
    [items[1], '4'],
    [items[2], '5'],
  ] as const) {
    await expect(table.getByRole('row', { name: new RegExp(item.nameEs.replace(/[()]/g, '\\$&')) })).toContainText(
      onHand,
    );
  }
  await waitUntilSynced(page);
  expect(await serverReceived(server, items[2].itemId)).toBe(5);
  expect(pageErrors).toEqual([]);
});
