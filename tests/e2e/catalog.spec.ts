/**
 * Catalog and hours, as an admin uses them: items added, renamed, retired and brought back reach a
 * paired kiosk by sync, in English and Spanish; a discreet item only inside "Health and safety
 * supplies"; bad input saves nothing; an edit made offline arrives later, with only what changed;
 * staff who are not admins cannot open it; new hours show on Today and on the kiosk.
 */
import type { Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { collectPageErrors, expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { StaffPage } from './pages/staff-page.js';
import { apiFor, createFirstAdmin, E2E_ADMIN, newPairingCode } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin, receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';

const SYNCED = { timeout: 20_000 };

const localOps = (page: Page) => page.evaluate(async () => (await window.leadDropin?.ops()) as Op[]);
const itemAddedCount = async (page: Page) =>
  (await localOps(page)).filter((op) => op.type === 'catalog.itemAdded').length;

interface NewItem {
  en: string;
  es?: string;
  picture: string;
  category: string;
  service?: boolean;
  limit?: string;
  discreet?: boolean;
}

/** Fills "Add an item" and saves it; returns the new item's id (from its Edit link). */
async function addItem(page: Page, item: NewItem): Promise<string> {
  await page.getByRole('link', { name: 'Add an item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an item' })).toBeVisible();
  await page.getByLabel('Name in English').fill(item.en);
  if (item.es) await page.getByLabel('Name in Spanish').fill(item.es);
  await page.getByRole('radio', { name: item.picture, exact: true }).check();
  await page.getByLabel('Category').selectOption({ label: item.category });
  if (item.service) await page.getByRole('radio', { name: 'Service' }).check();
  if (item.limit) await page.getByLabel('Per-visit limit (optional)').fill(item.limit);
  if (item.discreet) await page.getByLabel('Discreet: asked for privately').check();
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${item.en}.` })).toBeVisible();
  const href = await page.getByRole('link', { name: `Edit ${item.en}` }).getAttribute('href');
  return href?.split('/').pop() ?? '';
}

async function openCatalog(page: Page): Promise<void> {
  await new StaffPage(page).section('Catalog and hours').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog and hours' })).toBeVisible();
}

/** The visitor's way in, to "What do you need today?". */
async function toNeeds(kiosk: KioskPage): Promise<void> {
  await kiosk.button(/I’m visiting/).click();
  await kiosk.button('Continue').click();
  await expect(kiosk.heading('What do you need today?')).toBeVisible();
}

/** This file's items leave the shared server's kiosks, so other tests see the seeded catalog. */
function retireLeftovers(server: ServerProcess, itemIds: readonly string[]): Promise<void> {
  return pushAsAdmin(
    server,
    itemIds.map((itemId) => ({ type: 'catalog.itemRetired', payload: { itemId } })),
  );
}

const anyTile = (page: Page, name: string) => page.locator('.kiosk-tile').filter({ hasText: name });

test('an admin adds, renames, retires and brings back items; the kiosk follows in both languages', async ({
  browser,
  server,
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await openConsoleAsAdmin(page, server);
  await openCatalog(page);
  await expect(page.getByRole('table', { name: 'Items on the kiosk, in kiosk order' })).toContainText('Warm meal');
  await expectNoSeriousViolations(page, 'catalog list');

  // Bad input is refused with a clear message and records nothing.
  const before = await itemAddedCount(page);
  await page.getByRole('link', { name: 'Add an item' }).click();
  await expectNoSeriousViolations(page, 'new item form');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved yet. Please check the fields marked above.');
  await expect(page.getByText('Give the item a name in English.')).toBeVisible();
  await expect(page.getByLabel('Name in English')).toBeFocused();
  await page.getByLabel('Name in Spanish').fill('Poncho para lluvia');
  await page.getByRole('radio', { name: 'Shirt', exact: true }).check();
  await page.getByLabel('Category').selectOption({ label: 'Clothing' });
  // A limit of 0 (with no English name either), then 101 (with one).
  for (const limit of ['0', '101']) {
    await page.getByLabel('Name in English').fill(limit === '0' ? '' : 'Rain poncho');
    await page.getByLabel('Per-visit limit (optional)').fill(limit);
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect(page.getByText('Enter a whole number from 1 to 100, or leave it empty for no limit.')).toBeVisible();
  }
  await expectNoSeriousViolations(page, 'new item form with problems');
  expect(await itemAddedCount(page)).toBe(before);
  await page.getByRole('link', { name: 'Cancel' }).click();

  const poncho = await addItem(page, {
    en: 'Rain poncho',
    es: 'Poncho para lluvia',
    picture: 'Shirt',
    category: 'Clothing',
    limit: '3',
  });
  const laundry = await addItem(page, {
    en: 'Laundry',
    es: 'Lavandería',
    picture: 'Toiletries',
    category: 'Services',
    service: true,
  });
  const row = page.getByRole('row').filter({ hasText: 'Rain poncho' });
  await expect(row).toContainText('Poncho para lluvia');
  await expect(row).toContainText('Supply with stock');
  await expect(row.getByRole('cell').nth(2)).toHaveText('3'); // kind, category, limit

  // Laundry was added last; moved up, it comes before the poncho (on the kiosk too, below).
  const moveUp = page.getByRole('button', { name: 'Move up Laundry' });
  await moveUp.click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved Laundry.' })).toBeVisible();
  await expect(moveUp).toBeFocused();
  const names = page.getByRole('table', { name: 'Items on the kiosk, in kiosk order' }).getByRole('rowheader');
  await expect(names.nth(-2)).toContainText('Laundry');
  await expect(names.nth(-1)).toContainText('Rain poncho');

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const kioskPage = await kioskContext.newPage();
  const kioskErrors = collectPageErrors(kioskPage);
  const kiosk = await openPairedKiosk(kioskPage, server, 'Catalog kiosk');
  await toNeeds(kiosk);
  // Nothing on the shelf yet: shown, and said why. A service is a normal tile.
  await expect(kioskPage.locator('.kiosk-tile.is-unavailable').filter({ hasText: 'Rain poncho' })).toContainText(
    'Not available today',
    SYNCED,
  );
  await expect(kiosk.tile('Laundry')).toBeVisible();
  const tileNames = await kioskPage.locator('.kiosk-tile__name').allTextContents();
  expect(tileNames.indexOf('Laundry')).toBe(tileNames.indexOf('Rain poncho') - 1);
  await expect
    .poll(
      async () =>
        (await serverOps(server)).some((op) => op.type === 'catalog.itemAdded' && op.payload.itemId === poncho),
      SYNCED,
    )
    .toBe(true);
  await receiveStock(server, { [poncho]: 10 });
  await expect(anyTile(kioskPage, 'Rain poncho')).toContainText('Up to 3', SYNCED);
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.tile('Poncho para lluvia')).toBeVisible();
  await expect(kiosk.tile('Lavandería')).toBeVisible();
  await kiosk.chooseLanguage('English');

  // A new name reaches the kiosk.
  await page.getByRole('link', { name: 'Edit Rain poncho' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Rain poncho' })).toBeVisible();
  await expectNoSeriousViolations(page, 'edit item form');
  await page.getByLabel('Name in English').fill('Rain jacket');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(kiosk.tile('Rain jacket')).toBeVisible(SYNCED);
  await expect(anyTile(kioskPage, 'Rain poncho')).toHaveCount(0);

  // Retired: gone from the kiosk, listed under Retired, and it can come back.
  await page.getByRole('link', { name: 'Edit Rain jacket' }).click();
  await page.getByRole('button', { name: 'Retire item' }).click();
  const retired = page.getByRole('region', { name: 'Retired' });
  await expect(retired.getByRole('row').filter({ hasText: 'Rain jacket' })).toBeVisible();
  await expect(anyTile(kioskPage, 'Rain jacket')).toHaveCount(0, SYNCED);
  await retired.getByRole('button', { name: 'Bring back Rain jacket' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rain jacket is back on the kiosks.' })).toBeVisible();
  await expect(kiosk.tile('Rain jacket')).toBeVisible(SYNCED);

  // In Spanish, the list and the form are just as accessible.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catálogo y horario' })).toBeVisible();
  await expectNoSeriousViolations(page, 'catalog list (es)');
  await page.getByRole('link', { name: 'Agregar un artículo' }).click();
  await page.getByRole('button', { name: 'Agregar artículo' }).click();
  await expect(page.getByText('Escriba un nombre en inglés para el artículo.')).toBeVisible();
  await expectNoSeriousViolations(page, 'new item form (es)');
  await page.getByRole('button', { name: 'English' }).click();
  await kioskContext.close();
  await retireLeftovers(server, [poncho, laundry]);
  expect(kioskErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a discreet item shows on the kiosk only inside "Health and safety supplies"', async ({
  browser,
  server,
  page,
}) => {
  test.setTimeout(90_000);
  await openConsoleAsAdmin(page, server);
  await openCatalog(page);
  const strips = await addItem(page, {
    en: 'Test strips',
    es: 'Tiras de prueba',
    picture: 'Kit',
    category: 'Health and safety',
    discreet: true,
  });
  await expect(page.getByRole('row').filter({ hasText: 'Test strips' }).getByRole('cell').nth(3)).toHaveText('Yes');

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const kioskPage = await kioskContext.newPage();
  const kiosk = await openPairedKiosk(kioskPage, server, 'Discreet kiosk');
  await toNeeds(kiosk);
  const panel = kioskPage.locator('.kiosk-discreet__panel');
  await expect(panel.locator('.kiosk-tile').filter({ hasText: 'Test strips' })).toHaveCount(1, SYNCED);
  await expect(kioskPage.getByText('Test strips')).toBeHidden();
  await kiosk.button(/Health and safety supplies/).click();
  await expect(panel.getByText('Test strips')).toBeVisible();
  const mainGrid = kioskPage.locator('.kiosk-needs > .kiosk-tiles > li > .kiosk-tile:not(.kiosk-discreet)');
  await expect(mainGrid.filter({ hasText: 'Test strips' })).toHaveCount(0);
  await kioskContext.close();
  await retireLeftovers(server, [strips]);
});

test('an edit made offline reaches the server when back online, with only the field that changed', async ({
  context,
  server,
  page,
}) => {
  await openConsoleAsAdmin(page, server);
  await openCatalog(page);
  const itemId = await addItem(page, { en: 'Bus pass', picture: 'Bus', category: 'Services', limit: '1' });
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Edit Bus pass' }).click();
  await page.getByLabel('Per-visit limit (optional)').fill('2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Bus pass' }).getByRole('cell').nth(2)).toHaveText('2');
  await expect(page.getByText(/Offline · \d+ waiting/)).toBeVisible();
  await context.setOffline(false);
  await expect
    .poll(async () => {
      const ops = await serverOps(server);
      return ops
        .filter((op) => op.type === 'catalog.itemUpdated' && op.payload.itemId === itemId)
        .map((op) => op.payload);
    }, SYNCED)
    .toEqual([{ itemId, changes: { perVisitLimit: 2 } }]);
  await retireLeftovers(server, [itemId]);
});

test('staff who are not admins do not get the catalog', async ({ page, server }) => {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const created = await api.post('/api/staff', {
    data: { displayName: 'Sam Staff', loginName: 'sam-catalog', role: 'staff', secret: '739164' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  const staff = new StaffPage(page);
  await page.goto('/staff');
  await staff.signIn('sam-catalog', '739164');
  await expect(staff.heading('Today')).toBeVisible();
  await expect(staff.section('Participants')).toBeVisible();
  await expect(staff.section('Catalog and hours')).toHaveCount(0);
  await page.goto('/staff/catalog/new');
  await expect(page.getByText('Only admins can open this section.')).toBeVisible();
  await expect(page.getByLabel('Name in English')).toHaveCount(0);
});

test('new opening hours are checked, saved as one change, and shown on Today and on the kiosk', async ({ browser }) => {
  test.setTimeout(90_000);
  // A server of its own: the shared one's hours belong to the other tests.
  const server = await startServerProcess();
  try {
    await createFirstAdmin(server);
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
    const kioskPage = await kioskContext.newPage();
    // Open or closed depends on the day the test runs; the footer shows the hours either way.
    const kiosk = new KioskPage(kioskPage);
    await kiosk.open();
    await kiosk.pair(await newPairingCode(server));
    await expect(kioskPage.locator('footer')).toContainText('Open Mon, Wed, Fri 11 AM–4 PM');

    await openConsoleAsAdmin(page, server);
    await openCatalog(page);
    const hours = page.getByRole('region', { name: 'Opening hours' });
    const day = (name: string) => hours.getByRole('group', { name });
    await expect(day('Monday').getByRole('checkbox', { name: 'Open' })).toBeChecked();
    await expect(day('Tuesday').getByRole('checkbox', { name: 'Open' })).not.toBeChecked();
    await expect(day('Tuesday').getByLabel('Opens')).toBeDisabled();

    // Closing before opening is refused, on that day, and saves nothing.
    await day('Monday').getByLabel('Closes').fill('10:00');
    await hours.getByRole('button', { name: 'Save hours' }).click();
    await expect(day('Monday')).toContainText('The closing time must be after the opening time.');
    await expect(hours.getByRole('alert')).toHaveText('The hours were not saved. Please check the days marked above.');
    await expect(day('Monday').getByLabel('Opens')).toBeFocused();
    await expectNoSeriousViolations(page, 'hours with a problem');

    await day('Monday').getByLabel('Closes').fill('16:00');
    await day('Tuesday').getByRole('checkbox', { name: 'Open' }).check();
    await day('Tuesday').getByLabel('Closes').fill('18:00');
    await day('Friday').getByRole('checkbox', { name: 'Open' }).uncheck();
    await hours.getByRole('button', { name: 'Save hours' }).click();
    await expect(hours.getByRole('status')).toHaveText('Hours saved. Kiosks follow when they sync.');
    const expected = 'Mon, Wed 11 AM–4 PM; Tue 11 AM–6 PM';
    await expect(page.getByRole('region', { name: 'Kiosk check-in' })).toContainText(`Regular hours: ${expected}`);
    await new StaffPage(page).section('Today').click();
    await expect(page.getByRole('region', { name: 'Kiosk check-in' })).toContainText(`Regular hours: ${expected}`);
    await expect(kioskPage.locator('footer')).toContainText(`Open ${expected}`, SYNCED);

    const hoursOps = async () => (await serverOps(server)).filter((op) => op.type === 'settings.hoursSet');
    await expect
      .poll(async () => (await hoursOps()).map((op) => op.payload), SYNCED)
      .toEqual([
        {
          hours: [
            { weekday: 1, opens: '11:00', closes: '16:00' },
            { weekday: 2, opens: '11:00', closes: '18:00' },
            { weekday: 3, opens: '11:00', closes: '16:00' },
          ],
        },
      ]);
    await kioskContext.close();
    await context.close();
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});
