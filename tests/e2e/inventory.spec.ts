/**
 * Issue 7 (inventory) end to end, through the UI: receive, hand out and adjust one item, each seen
 * in on hand and in its history (who, when, why, device); quantities typed wrong change nothing;
 * a partial count leaves uncounted items alone and a full count sets every item; receiving while
 * offline reaches the server later; Spanish; axe on the list, an item and the count in EN and ES.
 */
import type { Page } from '@playwright/test';
import { TEST_ITEM } from '../support/op-factory.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin, serverOps } from './support/center.js';
import { openConsoleAsAdmin } from './support/flows.js';

let made = 0;

/** A tracked item only this test uses (minimum 5), with `quantity` received if given. */
async function addItem(server: ServerProcess, name: string, quantity = 0): Promise<{ itemId: string; name: string }> {
  made += 1;
  const tag = `${Date.now().toString(36)}${made}`;
  const itemId = `item_e2e_inv_${tag}`;
  const named = `${name} ${tag}`;
  await pushAsAdmin(server, [
    {
      type: 'catalog.itemAdded',
      payload: { itemId, item: { ...TEST_ITEM, names: { en: named, es: `${named} (es)` } } },
    },
    ...(quantity > 0
      ? [{ type: 'stock.received' as const, payload: { itemId, quantity, kind: 'donation' as const } }]
      : []),
  ]);
  return { itemId, name: named };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const panel = (page: Page, name: string) => page.getByRole('region', { name });
const confirmation = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** The big number beside "On hand" on an item's page. */
const onHand = (page: Page) => page.locator('dt', { hasText: /^(On hand|Hay)$/ }).locator('+ dd');
const history = (page: Page) => page.getByRole('table', { name: 'Every movement of this item, newest first' });
const stockRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Stock on hand' }).getByRole('row', { name: new RegExp(name) });
const today = () => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());

async function openItem(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(heading(page, 'Inventory')).toBeVisible();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(heading(page, name)).toBeVisible();
}

test('receive, hand out and adjust: on hand and history say what, who, when and why; bad quantities change nothing', async ({
  page,
  server,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const item = await addItem(server, 'Rain poncho');
  await openConsoleAsAdmin(page, server);
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(stockRow(page, item.name)).toContainText('Out');
  await openItem(page, item.name);
  await expect(onHand(page)).toHaveText('0');

  const receive = panel(page, 'Receive');
  const typed = receive.getByRole('textbox', { name: 'How many arrived' });
  for (const [text, message] of [
    ['2.5', 'Type a whole number, without a decimal point or comma.'],
    ['-1', 'Type the number without a minus sign.'],
    ['0', 'Type 1 or more.'],
    ['100001', 'Type 10,000 or less. Please check the number.'],
  ] as const) {
    await typed.fill(text);
    await receive.getByRole('button', { name: 'Receive' }).click();
    await expect(receive.getByText(message)).toBeVisible();
    await expect(typed).toHaveAttribute('aria-invalid', 'true');
    await expect(typed).toBeFocused();
    await expect(receive.getByRole('alert')).toHaveText('Nothing was saved. Please fix the fields marked below.');
  }
  await expect(onHand(page)).toHaveText('0');
  await expect(page.getByText('No movements yet.')).toBeVisible();

  await typed.fill('12');
  await receive.getByRole('radio', { name: 'Purchase' }).check();
  await receive.getByRole('textbox', { name: 'Source (optional)' }).fill('Costco');
  await receive.getByRole('textbox', { name: 'Note (optional)' }).fill('winter drive');
  await receive.getByRole('button', { name: 'Receive' }).click();
  await expect(confirmation(page, 'Received 12. On hand now: 12.')).toBeVisible();
  await expect(onHand(page)).toHaveText('12');
  await expect(typed).toHaveValue('');
  const received = history(page).getByRole('row', { name: /Received 12 \(purchase\)/ });
  for (const text of ['+12', 'From Costco · winter drive', 'Ana Admin', 'This device', today()]) {
    await expect(received).toContainText(text);
  }

  const handOut = panel(page, 'Hand out');
  await handOut.getByRole('textbox', { name: 'How many to hand out' }).fill('13');
  await handOut.getByRole('button', { name: 'Hand out' }).click();
  await expect(handOut.getByText('The records show only 12 on hand. Count the shelf if there are more.')).toBeVisible();
  await handOut.getByRole('textbox', { name: 'How many to hand out' }).fill('3');
  await handOut.getByRole('button', { name: 'Hand out' }).click();
  await expect(confirmation(page, 'Handed out 3. On hand now: 9.')).toBeVisible();
  await expect(history(page).getByRole('row', { name: /Handed out 3 \(walk-up\)/ })).toContainText('-3');

  const adjust = panel(page, 'Adjust');
  await adjust.getByRole('button', { name: 'Save adjustment' }).click();
  await expect(adjust.getByText('Choose add or take away.')).toBeVisible();
  await expect(adjust.getByText('Choose a reason.')).toBeVisible();
  await adjust.getByRole('radio', { name: 'Take away from stock' }).check();
  await adjust.getByRole('textbox', { name: 'How many' }).fill('2');
  await adjust.getByRole('radio', { name: 'Damaged' }).check();
  await adjust.getByRole('textbox', { name: 'Note (optional)' }).fill('got wet');
  await adjust.getByRole('button', { name: 'Save adjustment' }).click();
  await expect(confirmation(page, 'Adjusted by -2. On hand now: 7.')).toBeVisible();
  await expect(onHand(page)).toHaveText('7');
  const adjusted = history(page).getByRole('row', { name: /Took away 2/ });
  for (const text of ['-2', 'Damaged · got wet', 'Ana Admin', 'This device'])
    await expect(adjusted).toContainText(text);
  // Newest first: the adjustment, the hand-out, the receipt.
  await expect(history(page).locator('tbody tr')).toHaveCount(3);
  await expect(history(page).locator('tbody tr').first()).toContainText('Took away 2');

  await page.getByRole('link', { name: 'Back to inventory' }).click();
  await expect(stockRow(page, item.name)).toContainText('7');
  await expect(stockRow(page, item.name)).toContainText('OK');
  expect(pageErrors).toEqual([]);
});

test('a partial count leaves uncounted items alone; a full count sets every item', async ({
  page,
  server,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const socks = await addItem(server, 'Wool socks', 10);
  const soap = await addItem(server, 'Bar soap', 4);
  await openConsoleAsAdmin(page, server);
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(stockRow(page, soap.name)).toContainText('4');
  await page.getByRole('link', { name: 'Count stock' }).click();
  await expect(heading(page, 'Count stock')).toBeVisible();

  // Nothing typed, then a bad number: nothing is saved.
  await page.getByRole('button', { name: 'Save count' }).click();
  await expect(page.getByRole('alert')).toHaveText('Type a count for at least one item.');
  const socksCount = page.getByRole('textbox', { name: `Count of ${socks.name}` });
  await socksCount.fill('-1');
  await page.getByRole('button', { name: 'Save count' }).click();
  await expect(page.getByText('Type the number without a minus sign.')).toBeVisible();
  await expect(socksCount).toBeFocused();

  await socksCount.fill('8');
  await expect(page.getByText(/^1 of \d+ items counted\./)).toBeVisible();
  await page.getByRole('button', { name: 'Save count' }).click();
  await expect(confirmation(page, 'Count saved for 1 item.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to inventory' }).click();
  await expect(stockRow(page, socks.name)).toContainText('8');
  await expect(stockRow(page, soap.name)).toContainText('4');
  await page.getByRole('link', { name: soap.name }).click();
  // Received before this device first synced: it knows the total, not the movement.
  await expect(history(page).getByRole('row', { name: /Earlier movements: 1/ })).toContainText('+4');
  await expect(history(page)).not.toContainText('Counted');
  await page.getByRole('link', { name: 'Back to inventory' }).click();
  await page.getByRole('link', { name: socks.name }).click();
  await expect(history(page).getByRole('row', { name: /Counted 8 \(records said 10\)/ })).toContainText('-2');

  // A full count: every row typed. Items other tests use keep what they have.
  await page.goto('/staff/inventory/count');
  const table = page.getByRole('table', { name: 'Items to count' });
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
  await page.getByRole('button', { name: 'Save count' }).click();
  await expect(confirmation(page, `Count saved for ${rows.length} items.`)).toBeVisible();
  await page.getByRole('link', { name: 'Back to inventory' }).click();
  await expect(stockRow(page, socks.name)).toContainText('6');
  await expect(stockRow(page, soap.name)).toContainText('1');
  await expect(stockRow(page, soap.name)).toContainText('Low');
  await page.getByRole('link', { name: soap.name }).click();
  const counted = history(page).getByRole('row', { name: /Counted 1 \(records said 4\)/ });
  for (const text of ['-3', 'Ana Admin', 'This device']) await expect(counted).toContainText(text);
  expect(pageErrors).toEqual([]);
});

test('stock received while offline shows at once and reaches the server when back online', async ({
  page,
  server,
  pageErrors,
}) => {
  const item = await addItem(server, 'Tarp');
  await openConsoleAsAdmin(page, server);
  await openItem(page, item.name);
  await page.context().setOffline(true);
  const receive = panel(page, 'Receive');
  await receive.getByRole('textbox', { name: 'How many arrived' }).fill('7');
  await receive.getByRole('button', { name: 'Receive' }).click();
  await expect(confirmation(page, 'Received 7. On hand now: 7.')).toBeVisible();
  await expect(onHand(page)).toHaveText('7');
  await expect(history(page).getByRole('row', { name: /Received 7 \(donation\)/ })).toContainText('This device');
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
  const item = await addItem(server, 'Gorro');
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Inventario' }).click();
  await expect(heading(page, 'Inventario')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Estado' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(item.name) })).toContainText('Agotado');
  await page.getByRole('link', { name: `${item.name} (es)` }).click();
  await expect(heading(page, `${item.name} (es)`)).toBeVisible();

  const receive = panel(page, 'Recibir');
  await receive.getByRole('textbox', { name: 'Cuántos llegaron' }).fill('2,5');
  await receive.getByRole('button', { name: 'Recibir' }).click();
  await expect(receive.getByText('Escriba un número entero, sin punto ni coma.')).toBeVisible();
  await receive.getByRole('textbox', { name: 'Cuántos llegaron' }).fill('5');
  await receive.getByRole('button', { name: 'Recibir' }).click();
  await expect(confirmation(page, 'Recibidos: 5. Ahora hay: 5.')).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Cada movimiento de este artículo, el más reciente primero' })
    .getByRole('row', { name: /Recibidos 5 \(donación\)/ });
  await expect(row).toContainText('Este dispositivo');
  await expect(page.getByRole('definition').filter({ hasText: 'Bajo' })).toBeVisible();
  await page.getByRole('link', { name: 'Volver al inventario' }).click();
  await page.getByRole('link', { name: 'Contar existencias' }).click();
  await expect(heading(page, 'Contar existencias')).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Conteo de ${item.name} (es)` })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

for (const language of ['English', 'Español'] as const) {
  test(`the list, an item and the count have no serious accessibility violations in ${language}`, async ({
    page,
    server,
    pageErrors,
  }) => {
    const item = await addItem(server, 'Axe kit', 2);
    await openConsoleAsAdmin(page, server);
    await page.getByRole('button', { name: language }).click();
    const check = (where: string) => expectNoSeriousViolations(page, where);
    await page.goto('/staff/inventory');
    await expect(page.getByRole('table')).toBeVisible();
    await check('list');
    await page.goto(`/staff/inventory/${item.itemId}`);
    await expect(heading(page, new RegExp(item.name))).toBeVisible();
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
