/**
 * Sites in the staff console (issue 17), through the UI on a server of the test's own: an admin
 * adds a second site (checked, then changed), works at it (its catalog is its own), pairs a kiosk
 * there (the code says the site, the device list too), limits a staff member to it (who then
 * pairs for that site only), and the report of that site shows only its visits. Then in Spanish.
 */
import { expect as apiExpect } from '@playwright/test';
import { centerDay } from '../../src/core/day.js';
import type { Op } from '../../src/core/ops/op.js';
import { PushResponse } from '../../src/core/sync/api.js';
import { opBuilder, testId } from '../support/op-factory.js';
import type { ServerProcess } from '../support/server-process.js';
import { collectPageErrors, expect, test } from './fixtures.js';
import { AccountsPage } from './pages/accounts-page.js';
import { CatalogPage } from './pages/catalog-page.js';
import { DevicesPage } from './pages/devices-page.js';
import { KioskPage } from './pages/kiosk-page.js';
import { ReportsPage } from './pages/reports-page.js';
import { SitesPage } from './pages/sites-page.js';
import { StaffPage } from './pages/staff-page.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, waitUntilSynced } from './support/flows.js';
import { uniqueDeviceName, uniqueItemName, uniqueName, uniqueSuffix } from './support/names.js';

const MAIN = 'LEAD Hollywood';

/** The id the server knows a site by, from its `site.created`. */
async function siteIdOf(server: ServerProcess, name: string): Promise<string> {
  const created = (await serverOps(server)).find((op) => op.type === 'site.created' && op.payload.name === name);
  if (created?.type !== 'site.created') throw new Error(`No site named ${name} on the server`);
  return created.payload.siteId;
}

/** Pairs a device (through the API, as a new browser would) with a code staff made. */
async function pairWithCode(server: ServerProcess, code: string): Promise<void> {
  const api = await apiFor(server);
  const paired = await api.post('/api/devices/pair', { data: { code } });
  apiExpect(paired.status(), await paired.text()).toBe(200);
  await api.dispose();
}

/** `count` visitors checked in today on a kiosk paired (through the API) at `site`, all accepted. */
async function visitorsAt(server: ServerProcess, site: string | null, count: number): Promise<void> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const pairing = await api.post('/api/devices/pairings', {
    data: { name: uniqueDeviceName('Test kiosk'), role: 'kiosk', ...(site ? { site } : {}) },
  });
  const paired = await api.post('/api/devices/pair', {
    data: { code: ((await pairing.json()) as { code: string }).code },
  });
  const { token, device } = (await paired.json()) as { token: string; device: { id: string } };
  const kiosk = opBuilder(device.id, null, Date.now());
  const day = centerDay(new Date());
  const ops: Op[] = Array.from({ length: count }, () => ({
    ...kiosk.op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day, ticket: null, who: 'visitor', name: null },
    }),
    ...(site ? { site } : {}),
  }));
  const response = await api.post('/api/sync/push', { data: { ops }, headers: { authorization: `Bearer ${token}` } });
  const body = PushResponse.parse(await response.json());
  apiExpect(body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
  await api.dispose();
}

test('an admin adds a site, pairs a kiosk and limits a staff member there, and reports it apart; in English and Spanish', async ({
  page,
  browser,
  ownServer,
  pageErrors,
}) => {
  test.slow(); // Two browsers besides the admin's, a sync round trip each, and four axe runs.
  const staff = await openConsoleAsAdmin(page, ownServer);
  // A single center: nothing to choose.
  await expect(staff.sitePicker()).toHaveCount(0);

  // 1. Sites: a form that says what is missing, then the new site, then a changed phone.
  const sites = new SitesPage(page);
  await sites.open();
  await expect(sites.site(MAIN)).toBeVisible();
  await sites.addForm().getByRole('button', { name: 'Add site' }).click();
  await expect(sites.addForm().getByText('Enter the site’s name.')).toBeVisible();
  await expect(sites.addForm().getByText('Enter the site’s phone number.')).toBeVisible();
  await sites.fill(sites.addForm(), { name: 'lead  hollywood', address: '1 Main St', phone: '555-0100' });
  await sites.addForm().getByRole('button', { name: 'Add site' }).click();
  await expect(sites.addForm().getByText('Another site already has this name.')).toBeVisible();
  const east = {
    name: uniqueItemName('LEAD East'),
    address: '5 East St, Los Angeles, CA 90028',
    phone: '(323) 555-0101',
  };
  await sites.add(east);
  await sites.edit(east.name, { phone: '(323) 555-0199' });
  await expect(sites.status(`Saved the changes to ${east.name}.`)).toBeVisible();
  await expect(sites.site(east.name)).toContainText('(323) 555-0199');
  await expectNoSeriousViolations(page, 'sites (en)');

  // 2. Working at the new site: its catalog starts empty, and an item added there is its own.
  await expect(staff.sitePicker()).toBeVisible();
  await staff.workAt(east.name);
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(page.getByText('No items on the kiosk yet.')).toBeVisible();
  const eastItem = uniqueItemName('East blanket');
  await catalog.addItem({ en: eastItem, picture: 'Bed with a blanket', category: 'Shelter and bedding' });
  await staff.workAt(MAIN);
  await expect(catalog.items()).toBeVisible();
  await expect(catalog.row(eastItem)).toHaveCount(0);
  await staff.workAt(east.name);
  await expect(catalog.row(eastItem)).toBeVisible();
  // A card printed here says where it was printed: the new site's name and phone (it works at every site).
  const lena = await enrollThroughConsole(page, { preferredName: uniqueName('Lena'), lastName: 'Ortiz' });
  await printCard(page, lena);
  await expect(page.locator('.member-card')).toContainText(east.name);
  await expect(page.locator('.member-card')).toContainText('(323) 555-0199');
  await waitUntilSynced(page);
  const eastId = await siteIdOf(ownServer, east.name);

  // 3. A kiosk paired at the new site: the code says where, and so does the device list.
  const devices = new DevicesPage(page);
  await devices.open();
  const tabletName = uniqueDeviceName('East tablet');
  const code = await devices.pair(tabletName, 'Kiosk tablet', east.name);
  await expect(devices.codeCard(tabletName)).toContainText(`For ${east.name}.`);
  const kioskContext = await browser.newContext({ baseURL: ownServer.baseUrl });
  const tablet = await kioskContext.newPage();
  const kioskErrors = collectPageErrors(tablet);
  const kiosk = new KioskPage(tablet);
  await kiosk.open();
  await kiosk.pair(code);
  await expect(tablet.getByRole('textbox', { name: 'Pairing code' })).toHaveCount(0);
  await expect(devices.row(tabletName)).toContainText(east.name);

  // 4. A staff member limited to the new site: the list says so, and what they pair is for it.
  const accounts = new AccountsPage(page);
  await accounts.open();
  const samName = uniqueName('Sam');
  const samLogin = `sam${uniqueSuffix()}`;
  await accounts.add(samName, samLogin, '907152');
  await expect(accounts.row(samName)).toContainText('Every site');
  await accounts.limitToSites(samName, [east.name], [MAIN, east.name]);
  await expect(accounts.status(`Saved the sites for ${samName}.`)).toBeVisible();
  await expect(accounts.row(samName)).toContainText(east.name);
  await expect(accounts.row(samName)).not.toContainText('Every site');

  const samContext = await browser.newContext({ baseURL: ownServer.baseUrl });
  const samPage = await samContext.newPage();
  const samErrors = collectPageErrors(samPage);
  const sam = new StaffPage(samPage);
  await sam.open();
  await sam.signIn(samLogin, '907152');
  await expect(sam.heading('Today')).toBeVisible();
  const samDevices = new DevicesPage(samPage);
  await samDevices.open();
  // One site to act for: no choice in the header or the form, and the code is for that site.
  await expect(samPage.getByRole('combobox')).toHaveCount(0);
  const laptopName = uniqueDeviceName('East laptop');
  await pairWithCode(ownServer, await samDevices.pair(laptopName, 'Staff laptop or tablet'));
  await devices.open();
  await expect(devices.row(laptopName)).toContainText(east.name);

  // 5. Reports: six visits at the new site, five at the first; each site's report is its own.
  await visitorsAt(ownServer, eastId, 6);
  await visitorsAt(ownServer, null, 5);
  const reports = new ReportsPage(page);
  await reports.open();
  const visits = 'Visits per day';
  await expect(reports.section(visits)).toContainText(/Visits: 11 on /);
  await reports.chooseSite(east.name);
  await expect(reports.section(visits)).toContainText(/Visits: 6 on /);
  await reports.chooseSite(MAIN);
  await expect(reports.section(visits)).toContainText(/Visits: 5 on /);
  await reports.chooseSite('All sites');
  await expect(reports.section(visits)).toContainText(/Visits: 11 on /);

  // 6. In Spanish: the same choices, in words a Spanish speaker reads.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(staff.sitePicker()).toBeVisible();
  await reports.chooseSite(east.name, 'Sede');
  await expect(reports.section('Visitas por día')).toContainText(/Las visitas: 6 el /);
  await expectNoSeriousViolations(page, 'reports by site (es)');
  await sites.open('Sedes');
  await expect(page.getByRole('region', { name: 'Agregar una sede' })).toBeVisible();
  await page.getByRole('button', { name: 'Agregar sede' }).click();
  await expect(page.getByText('Escriba el nombre de la sede.')).toBeVisible();
  await expectNoSeriousViolations(page, 'sites (es)');
  await page.getByRole('button', { name: 'English' }).click();

  await kioskContext.close();
  await samContext.close();
  expect(kioskErrors).toEqual([]);
  expect(samErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
});
