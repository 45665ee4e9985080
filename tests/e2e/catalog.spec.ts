/**
 * Catalog and hours, as an admin uses them: items added, renamed, retired and brought back reach a
 * paired kiosk by sync, in English and Spanish; a discreet item only inside "Health and safety
 * supplies"; bad input saves nothing; an edit made offline arrives later, with only what changed;
 * staff who are not admins cannot open it; new hours show on Today and on the kiosk.
 */
import type { Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { collectPageErrors, expect, goOffline, test } from './fixtures.js';
import { CatalogPage } from './pages/catalog-page.js';
import { KioskPage } from './pages/kiosk-page.js';
import { moreButton } from './pages/staff-nav.js';
import { StaffPage } from './pages/staff-page.js';
import { apiFor, createFirstAdmin, E2E_ADMIN, newPairingCode } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin, receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';
import { uniqueDeviceName, uniqueItemName, uniqueSuffix } from './support/names.js';

const SYNCED = { timeout: 20_000 };

const localOps = (page: Page) => page.evaluate(async () => (await window.leadDropin?.ops()) as Op[]);
const itemAddedCount = async (page: Page) =>
  (await localOps(page)).filter((op) => op.type === 'catalog.itemAdded').length;

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
  // One tag for the item's names in both languages and its new name, so they read as one item.
  const tag = uniqueSuffix();
  const [ponchoName, ponchoEs, jacketName] = [`Rain poncho ${tag}`, `Poncho para lluvia ${tag}`, `Rain jacket ${tag}`];
  const [laundryName, laundryEs] = [`Laundry ${tag}`, `Lavandería ${tag}`];
  await openConsoleAsAdmin(page, server);
  const catalog = new CatalogPage(page);
  await catalog.open();
  // A seeded item the product ships.
  await expect(catalog.items()).toContainText('Warm meal');
  await expectNoSeriousViolations(page, 'catalog list');

  // Bad input is refused with a clear message and records nothing.
  const before = await itemAddedCount(page);
  await page.getByRole('link', { name: 'Add an item' }).click();
  await expectNoSeriousViolations(page, 'new item form');
  await catalog.submitNewItem();
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved yet. Please check the fields marked above.');
  await expect(page.getByText('Give the item a name in English.')).toBeVisible();
  await expect(catalog.englishName()).toBeFocused();
  await catalog.spanishName().fill(ponchoEs);
  await catalog.choosePicture('Shirt');
  await catalog.chooseCategory('Clothing');
  // A limit of 0 (with no English name either), then 101 (with one).
  for (const limit of ['0', '101']) {
    await catalog.englishName().fill(limit === '0' ? '' : ponchoName);
    await catalog.perVisitLimit().fill(limit);
    await catalog.submitNewItem();
    await expect(page.getByText('Enter a whole number from 1 to 100, or leave it empty for no limit.')).toBeVisible();
  }
  await expectNoSeriousViolations(page, 'new item form with problems');
  expect(await itemAddedCount(page)).toBe(before);
  await page.getByRole('link', { name: 'Cancel' }).click();

  const poncho = await catalog.addItem({
    en: ponchoName,
    es: ponchoEs,
    picture: 'Shirt',
    category: 'Clothing',
    limit: '3',
  });
  const laundry = await catalog.addItem({
    en: laundryName,
    es: laundryEs,
    picture: 'Toiletries',
    category: 'Clothing',
    service: true,
  });
  const row = catalog.row(ponchoName);
  await expect(row).toContainText(ponchoEs);
  await expect(row).toContainText('Supply with stock');
  await expect(row.getByRole('cell').nth(2)).toHaveText('3'); // kind, category, limit

  // Laundry was added after the poncho; moved up, it comes just before it (on the kiosk too, below).
  await catalog.moveUp(laundryName);
  await expect(catalog.status(`Moved ${laundryName}.`)).toBeVisible();
  await expect(catalog.moveUpButton(laundryName)).toBeFocused();
  const placeOf = (names: string[], name: string) => names.findIndex((text) => text.includes(name));
  await expect
    .poll(async () => {
      const names = await catalog.itemNames();
      return placeOf(names, laundryName) - placeOf(names, ponchoName);
    })
    .toBe(-1);

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const kioskPage = await kioskContext.newPage();
  const kioskErrors = collectPageErrors(kioskPage);
  const kiosk = await openPairedKiosk(kioskPage, server, uniqueDeviceName('Catalog kiosk'));
  await toNeeds(kiosk);
  // Both are clothing: the poncho, and laundry as a service.
  await kiosk.openGroup('Clothing and shoes');
  // Nothing on the shelf yet: shown, and said why. A service is a normal tile.
  await expect(kioskPage.locator('.kiosk-tile.is-unavailable').filter({ hasText: ponchoName })).toContainText(
    'Not available today',
    SYNCED,
  );
  await expect(kiosk.tile(laundryName)).toBeVisible();
  const tileNames = await kioskPage.locator('.kiosk-tile__name').allTextContents();
  expect(tileNames.indexOf(laundryName)).toBe(tileNames.indexOf(ponchoName) - 1);
  await expect
    .poll(
      async () =>
        (await serverOps(server)).some((op) => op.type === 'catalog.itemAdded' && op.payload.itemId === poncho),
      SYNCED,
    )
    .toBe(true);
  await receiveStock(server, { [poncho]: 10 });
  await expect(anyTile(kioskPage, ponchoName)).toContainText('Up to 3', SYNCED);
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.tile(ponchoEs)).toBeVisible();
  await expect(kiosk.tile(laundryEs)).toBeVisible();
  await kiosk.chooseLanguage('English');

  // A new name reaches the kiosk.
  await catalog.edit(ponchoName);
  await expect(catalog.heading(`Edit ${ponchoName}`)).toBeVisible();
  await expectNoSeriousViolations(page, 'edit item form');
  await catalog.englishName().fill(jacketName);
  await catalog.saveChanges();
  await expect(catalog.status('Saved.')).toBeVisible();
  await expect(kiosk.tile(jacketName)).toBeVisible(SYNCED);
  await expect(anyTile(kioskPage, ponchoName)).toHaveCount(0);

  // Retired: gone from the kiosk, listed under Retired, and it can come back.
  await catalog.edit(jacketName);
  await catalog.retire();
  await expect(catalog.retired().getByRole('row').filter({ hasText: jacketName })).toBeVisible();
  await expect(anyTile(kioskPage, jacketName)).toHaveCount(0, SYNCED);
  await catalog.bringBack(jacketName);
  await expect(catalog.status(`${jacketName} is back on the kiosks.`)).toBeVisible();
  await expect(kiosk.tile(jacketName)).toBeVisible(SYNCED);

  // In Spanish, the list and the form are just as accessible.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(catalog.heading('Catálogo y horario')).toBeVisible();
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
  const stripsName = uniqueItemName('Test strips');
  await openConsoleAsAdmin(page, server);
  const catalog = new CatalogPage(page);
  await catalog.open();
  const strips = await catalog.addItem({
    en: stripsName,
    es: uniqueItemName('Tiras de prueba'),
    picture: 'Kit',
    category: 'Health and safety',
    discreet: true,
  });
  await expect(catalog.row(stripsName).getByRole('cell').nth(3)).toHaveText('Yes');
  await receiveStock(server, { [strips]: 5 });

  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  const kioskPage = await kioskContext.newPage();
  const kiosk = await openPairedKiosk(kioskPage, server, uniqueDeviceName('Discreet kiosk'));
  await toNeeds(kiosk);
  // Not on the first screen, and not on any group's page: only in the neutral group's dialog.
  await expect(kioskPage.getByText(stripsName)).toHaveCount(0);
  await kiosk.openGroup('Health and safety supplies');
  await expect(kiosk.discreetDialog().getByText(stripsName)).toBeVisible(SYNCED);
  await kioskPage.keyboard.press('Escape');
  for (const group of await kioskPage
    .locator('.kiosk-group-tile:not([aria-haspopup]) .kiosk-group-tile__name')
    .allTextContents()) {
    await kiosk.openGroup(group);
    await expect(kioskPage.locator('.kiosk-tile').first()).toBeVisible();
    await expect(kioskPage.getByText(stripsName)).toHaveCount(0);
  }
  // Chosen, it is named neither on the list nor on the ticket.
  await kiosk.choose(stripsName, 'Health and safety supplies');
  await expect(kiosk.yourList()).toContainText('Health and safety supplies (1)');
  await kiosk.button('Send my request').click();
  await expect(kiosk.ticket()).toBeVisible();
  await expect(kioskPage.locator('.kiosk-asked')).toContainText('Health and safety supplies (1)');
  await expect(kioskPage.locator('main')).not.toContainText(stripsName);
  await kioskContext.close();
  await retireLeftovers(server, [strips]);
});

test('an edit made offline reaches the server when back online, with only the field that changed', async ({
  context,
  server,
  page,
}) => {
  const busPass = uniqueItemName('Bus pass');
  await openConsoleAsAdmin(page, server);
  const catalog = new CatalogPage(page);
  await catalog.open();
  const itemId = await catalog.addItem({ en: busPass, picture: 'Bus', category: 'Services', limit: '1' });
  await goOffline(page);
  await catalog.edit(busPass);
  await catalog.perVisitLimit().fill('2');
  await catalog.saveChanges();
  await expect(catalog.status('Saved.')).toBeVisible();
  await expect(catalog.row(busPass).getByRole('cell').nth(2)).toHaveText('2');
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
  const loginName = `sam-${uniqueSuffix()}`;
  const created = await api.post('/api/staff', {
    data: { displayName: `Sam Staff ${uniqueSuffix()}`, loginName, role: 'staff', secret: '739164' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  const staff = new StaffPage(page);
  await page.goto('/staff');
  await staff.signIn(loginName, '739164');
  await expect(staff.heading('Today')).toBeVisible();
  await expect(staff.section('Participants')).toBeVisible();
  // Under "More" a staff member finds Devices, but no admin section.
  await moreButton(page).click();
  await expect(staff.section('Devices')).toBeVisible();
  await expect(staff.section('Catalog and hours')).toHaveCount(0);
  await expect(staff.section('Staff accounts')).toHaveCount(0);
  await page.goto('/staff/catalog/new');
  await expect(page.getByText('Only admins can open this section.')).toBeVisible();
  await expect(page.getByLabel('Name in English')).toHaveCount(0);
});

test('new opening hours are checked, saved as one change, and shown on Today and on the kiosk', async ({ browser }) => {
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
    const catalog = new CatalogPage(page);
    await catalog.open();
    const hours = catalog.hours();
    const day = (name: string) => catalog.day(name);
    await expect(day('Monday').getByRole('checkbox', { name: 'Open' })).toBeChecked();
    await expect(day('Tuesday').getByRole('checkbox', { name: 'Open' })).not.toBeChecked();
    await expect(day('Tuesday').getByLabel('Opens')).toBeDisabled();

    // Closing before opening is refused, on that day, and saves nothing.
    await day('Monday').getByLabel('Closes').fill('10:00');
    await catalog.saveHours();
    await expect(day('Monday')).toContainText('The closing time must be after the opening time.');
    await expect(hours.getByRole('alert')).toHaveText('The hours were not saved. Please check the days marked above.');
    await expect(day('Monday').getByLabel('Opens')).toBeFocused();
    await expectNoSeriousViolations(page, 'hours with a problem');

    await day('Monday').getByLabel('Closes').fill('16:00');
    await day('Tuesday').getByRole('checkbox', { name: 'Open' }).check();
    await day('Tuesday').getByLabel('Closes').fill('18:00');
    await day('Friday').getByRole('checkbox', { name: 'Open' }).uncheck();
    await catalog.saveHours();
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
