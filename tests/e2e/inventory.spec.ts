/**
 * Issue 7 (inventory) end to end, through the UI: receive, hand out and adjust one item, each seen
 * in on hand and in its history (who, when, why, device); quantities typed wrong change nothing;
 * a partial count leaves uncounted items alone and a full count sets every item; receiving while
 * offline reaches the server later; Spanish; axe on the list, an item and the count in EN and ES.
 */
import { expect, goOffline, test } from './fixtures.js';
import { InventoryPage } from './pages/inventory-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { addTrackedItem } from './support/items.js';

const today = () => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());

test('receive, hand out and adjust: on hand and history say what, who, when and why; bad quantities change nothing', async ({
  page,
  server,
  pageErrors,
}) => {
  const item = await addTrackedItem(server, 'Rain poncho');
  await openConsoleAsAdmin(page, server);
  const inventory = new InventoryPage(page);
  await inventory.openList();
  await expect(inventory.stockRow(item.name)).toContainText('Out');
  await inventory.openItem(item.name);
  await expect(inventory.onHand()).toHaveText('0');

  const receive = inventory.panel('Receive');
  const typed = inventory.receiveQuantity();
  for (const [text, message] of [
    ['2.5', 'Type a whole number, without a decimal point or comma.'],
    ['-1', 'Type the number without a minus sign.'],
    ['0', 'Type 1 or more.'],
    ['100001', 'Type 10,000 or less. Please check the number.'],
  ] as const) {
    await inventory.receive(text);
    await expect(receive.getByText(message)).toBeVisible();
    await expect(typed).toHaveAttribute('aria-invalid', 'true');
    await expect(typed).toBeFocused();
    await expect(receive.getByRole('alert')).toHaveText('Nothing was saved. Please fix the fields marked below.');
  }
  await expect(inventory.onHand()).toHaveText('0');
  await expect(page.getByText('No movements yet.')).toBeVisible();

  await inventory.receive(12, { kind: 'Purchase', source: 'Costco', note: 'winter drive' });
  await expect(inventory.confirmation('Received 12. On hand now: 12.')).toBeVisible();
  await expect(inventory.onHand()).toHaveText('12');
  await expect(typed).toHaveValue('');
  const received = inventory.movement(/Received 12 \(purchase\)/);
  for (const text of ['+12', 'From Costco · winter drive', 'Ana Admin', 'This device', today()]) {
    await expect(received).toContainText(text);
  }

  const handOut = inventory.panel('Hand out');
  await inventory.handOut(13);
  await expect(handOut.getByText('The records show only 12 on hand. Count the shelf if there are more.')).toBeVisible();
  await inventory.handOut(3);
  await expect(inventory.confirmation('Handed out 3. On hand now: 9.')).toBeVisible();
  await expect(inventory.movement(/Handed out 3 \(walk-up\)/)).toContainText('-3');

  const adjust = inventory.panel('Adjust');
  await inventory.adjust();
  await expect(adjust.getByText('Choose add or take away.')).toBeVisible();
  await expect(adjust.getByText('Choose a reason.')).toBeVisible();
  await inventory.adjust({ takeAway: true, quantity: 2, reason: 'Damaged', note: 'got wet' });
  await expect(inventory.confirmation('Adjusted by -2. On hand now: 7.')).toBeVisible();
  await expect(inventory.onHand()).toHaveText('7');
  const adjusted = inventory.movement(/Took away 2/);
  for (const text of ['-2', 'Damaged · got wet', 'Ana Admin', 'This device'])
    await expect(adjusted).toContainText(text);
  // Newest first: the adjustment, the hand-out, the receipt.
  await expect(inventory.history().locator('tbody tr')).toHaveCount(3);
  await expect(inventory.history().locator('tbody tr').first()).toContainText('Took away 2');

  await inventory.backToList();
  await expect(inventory.stockRow(item.name)).toContainText('7');
  await expect(inventory.stockRow(item.name)).toContainText('OK');
  expect(pageErrors).toEqual([]);
});

test('a partial count leaves uncounted items alone; a full count sets every item', async ({
  page,
  server,
  pageErrors,
}) => {
  const socks = await addTrackedItem(server, 'Wool socks', { quantity: 10 });
  const soap = await addTrackedItem(server, 'Bar soap', { quantity: 4 });
  await openConsoleAsAdmin(page, server);
  const inventory = new InventoryPage(page);
  await inventory.openList();
  await expect(inventory.stockRow(soap.name)).toContainText('4');
  await inventory.openCount();

  // Nothing typed, then a bad number: nothing is saved.
  await inventory.saveCount();
  await expect(page.getByRole('alert')).toHaveText('Type a count for at least one item.');
  const socksCount = inventory.countOf(socks.name);
  await socksCount.fill('-1');
  await inventory.saveCount();
  await expect(page.getByText('Type the number without a minus sign.')).toBeVisible();
  await expect(socksCount).toBeFocused();

  await socksCount.fill('8');
  await expect(page.getByText(/^1 of \d+ items counted\./)).toBeVisible();
  await inventory.saveCount();
  await expect(inventory.confirmation('Count saved for 1 item.')).toBeVisible();
  await inventory.backToList();
  await expect(inventory.stockRow(socks.name)).toContainText('8');
  await expect(inventory.stockRow(soap.name)).toContainText('4');
  await inventory.openItem(soap.name);
  // Received before this device first synced: it knows the total, not the movement.
  await expect(inventory.movement(/Earlier movements: 1/)).toContainText('+4');
  await expect(inventory.history()).not.toContainText('Counted');
  await inventory.backToList();
  await inventory.openItem(socks.name);
  await expect(inventory.movement(/Counted 8 \(records said 10\)/)).toContainText('-2');

  // A full count: every row typed. Items other tests use keep what they have.
  await page.goto('/staff/inventory/count');
  const table = inventory.countTable();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const rows = await table.locator('tbody tr').all();
  const shelf: Record<string, string> = { [socks.name]: '6', [soap.name]: '1' };
  for (const row of rows) {
    const name = ((await row.locator('th').first().textContent()) ?? '')
      .replace(/(OK|Low|Out|Needs count)$/, '')
      .trim();
    const records = Number((await row.locator('td').first().textContent())?.replace(/,/g, ''));
    await row.getByRole('textbox').fill(shelf[name] ?? String(Math.max(records, 0)));
  }
  await expect(page.getByText(`${rows.length} of ${rows.length} items counted.`)).toBeVisible();
  await inventory.saveCount();
  await expect(inventory.confirmation(`Count saved for ${rows.length} items.`)).toBeVisible();
  await inventory.backToList();
  await expect(inventory.stockRow(socks.name)).toContainText('6');
  await expect(inventory.stockRow(soap.name)).toContainText('1');
  await expect(inventory.stockRow(soap.name)).toContainText('Low');
  await inventory.openItem(soap.name);
  const counted = inventory.movement(/Counted 1 \(records said 4\)/);
  for (const text of ['-3', 'Ana Admin', 'This device']) await expect(counted).toContainText(text);
  expect(pageErrors).toEqual([]);
});

test('stock received while offline shows at once and reaches the server when back online', async ({
  page,
  server,
  pageErrors,
}) => {
  const item = await addTrackedItem(server, 'Tarp');
  await openConsoleAsAdmin(page, server);
  const inventory = new InventoryPage(page);
  await inventory.openList();
  await inventory.openItem(item.name);
  await goOffline(page);
  await inventory.receive(7);
  await expect(inventory.confirmation('Received 7. On hand now: 7.')).toBeVisible();
  await expect(inventory.onHand()).toHaveText('7');
  await expect(inventory.movement(/Received 7 \(donation\)/)).toContainText('This device');
  await expect(page.getByRole('banner')).toContainText('Offline · 1 waiting');

  await page.context().setOffline(false);
  await expect
    .poll(
      async () =>
        (await serverOps(server)).filter((op) => op.type === 'stock.received' && op.payload.itemId === item.itemId)
          .length,
      { timeout: 20_000 },
    )
    .toBe(1);
  expect(pageErrors).toEqual([]);
});

test('the inventory in Spanish', async ({ page, server, pageErrors }) => {
  const item = await addTrackedItem(server, 'Gorro');
  await openConsoleAsAdmin(page, server);
  const inventory = new InventoryPage(page);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Inventario' }).click();
  await expect(inventory.heading('Inventario')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Estado' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(item.name) })).toContainText('Agotado');
  await inventory.openItem(item.nameEs);

  const receive = inventory.panel('Recibir');
  await inventory.receiveInSpanish('2,5');
  await expect(receive.getByText('Escriba un número entero, sin punto ni coma.')).toBeVisible();
  await inventory.receiveInSpanish(5);
  await expect(inventory.confirmation('Recibidos: 5. Ahora hay: 5.')).toBeVisible();
  const row = inventory
    .history('Cada movimiento de este artículo, el más reciente primero')
    .getByRole('row', { name: /Recibidos 5 \(donación\)/ });
  await expect(row).toContainText('Este dispositivo');
  await expect(page.getByRole('definition').filter({ hasText: 'Bajo' })).toBeVisible();
  await inventory.backToList('Volver al inventario');
  await page.getByRole('link', { name: 'Contar existencias' }).click();
  await expect(inventory.heading('Contar existencias')).toBeVisible();
  await expect(inventory.countOf(item.nameEs, 'Conteo de')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

for (const language of ['English', 'Español'] as const) {
  test(`the list, an item and the count have no serious accessibility violations in ${language}`, async ({
    page,
    server,
    pageErrors,
  }) => {
    const item = await addTrackedItem(server, 'Axe kit', { quantity: 2 });
    await openConsoleAsAdmin(page, server);
    await page.getByRole('button', { name: language }).click();
    const check = (where: string) => expectNoSeriousViolations(page, where);
    await page.goto('/staff/inventory');
    await expect(page.getByRole('table')).toBeVisible();
    await check('list');
    await page.goto(`/staff/inventory/${item.itemId}`);
    await expect(new InventoryPage(page).heading(new RegExp(item.name))).toBeVisible();
    // With problems showing: the messages must be tied to their fields.
    for (const button of await page.locator('button[type="submit"]').all()) await button.click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await check('item');
    await page.goto('/staff/inventory/count');
    await page.getByRole('textbox').first().fill('x');
    await page.locator('button[type="submit"]').click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await check('count');
    expect(pageErrors).toEqual([]);
  });
}
