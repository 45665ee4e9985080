/**
 * Two sites on one server: a kiosk paired at each shows its own site's address, catalog and
 * stock, never the other's; a card issued at the first site checks in at the second, whose
 * lobby display shows that site's calls only. In English and Spanish.
 */
import { CENTER } from '../../src/core/center.js';
import { centerDay } from '../../src/core/day.js';
import { expect, test } from './fixtures.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { uniqueDeviceName, uniqueName } from './support/names.js';
import { addSite, callTicket, pairedDisplayAt } from './support/sites.js';

/** The kiosk group test items are in (they are shelter, like the blanket they are made from). */
const SHELTER = { en: 'Shelter and bedding', es: 'Refugio y cobijas' } as const;
const TICKET = /^[A-Z]{1,2}-\d{1,4}$/;

test('each site’s kiosk shows its own address, catalog and stock, never the other site’s', async ({
  browser,
  server,
}) => {
  const north = await addSite(server);
  const poncho = await addTrackedItem(server, 'Rain poncho', { quantity: 6 });
  const hat = await addTrackedItem(server, 'Wool hat', { quantity: 4, site: north.siteId });
  const pad = await addTrackedItem(server, 'Sleeping pad', { site: north.siteId });

  const first = await openPairedKiosk(await (await browser.newContext()).newPage(), server);
  const second = await openPairedKiosk(
    await (await browser.newContext()).newPage(),
    server,
    uniqueDeviceName('North lobby tablet'),
    north.siteId,
  );

  // Where each kiosk is, and how to call it.
  await expect(second.place()).toContainText(north.address);
  await expect(second.place()).toContainText(`Call us: ${north.phone}`);
  await expect(second.place()).not.toContainText(CENTER.address);
  await expect(first.place()).toContainText(CENTER.address);
  await expect(first.place()).not.toContainText(north.address);

  // The north kiosk: its hat on the shelf, its pad out of stock, and no poncho from the first site.
  await second.visitAs(uniqueName('Nico'));
  await second.openGroup(SHELTER.en);
  await expect(second.tile(hat.name)).toBeEnabled();
  await expect(second.page.locator('.kiosk-tile.is-unavailable').filter({ hasText: pad.name })).toContainText(
    'Not available today',
  );
  await expect(second.tile(poncho.name)).toHaveCount(0);
  await second.choose(hat.name, SHELTER.en);
  await second.button('Send my request').click();
  await expect(second.ticket()).toHaveText(TICKET);

  // The first site's kiosk: its poncho, and neither of the north site's items.
  await first.visitAs(uniqueName('Nico'));
  await first.openGroup(SHELTER.en);
  await expect(first.tile(poncho.name)).toBeEnabled();
  await expect(first.tile(hat.name)).toHaveCount(0);
  await expect(first.page.locator('.kiosk-tile').filter({ hasText: pad.name })).toHaveCount(0);
  await first.startOverButton().click();
  await expect(first.welcomeHeading()).toBeVisible();
});

test('en español: a card from the first site checks in at the second, whose display shows only its own calls', async ({
  browser,
  server,
}) => {
  const north = await addSite(server, 'LEAD Norte');
  const hat = await addTrackedItem(server, 'Wool hat', { quantity: 4, site: north.siteId });
  const staffPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  await openConsoleAsAdmin(staffPage, server);
  const rosaName = uniqueName('Rosa');
  // Enrolled, and her card printed, on the console of the first site.
  const rosa = await enrollThroughConsole(staffPage, { preferredName: rosaName, lastName: 'Delgado' });
  const { payload } = await printCard(staffPage, rosa);
  await waitUntilSynced(staffPage);

  const display = await pairedDisplayAt(browser, server, north.siteId);
  await display.speak('es');
  const kiosk = await openPairedKiosk(
    await (await browser.newContext()).newPage(),
    server,
    uniqueDeviceName('Tableta norte'),
    north.siteId,
  );
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.welcomeHeading()).toBeVisible();
  await expect(kiosk.place()).toContainText(`Llámenos: ${north.phone}`);

  // Her card reaches this kiosk by sync, so the first scans may come before it does.
  await expect(async () => {
    await kiosk.scanWithKeyboardScanner(payload);
    await expect(kiosk.page.getByText(`Hola, ${rosaName}.`)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await kiosk.choose(hat.nameEs, SHELTER.es);
  await kiosk.button('Enviar mi pedido').click();
  await expect(kiosk.heading(`Gracias, ${rosaName}.`)).toBeVisible();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  expect(ticket).toMatch(TICKET);

  // On the server, her visit and request are the north site's.
  const hers = async () =>
    (await serverOps(server)).filter(
      (op) =>
        (op.type === 'visit.checkedIn' && op.payload.who === 'participant' && op.payload.participantId === rosa) ||
        (op.type === 'request.created' && op.payload.participantId === rosa),
    );
  await expect.poll(async () => (await hers()).length, { timeout: 20_000 }).toBe(2);
  const [visit, request] = await hers();
  expect([visit?.site, request?.site]).toEqual([north.siteId, north.siteId]);
  expect(request?.type === 'request.created' && request.payload.items).toEqual([{ itemId: hat.itemId, quantity: 1 }]);

  // Staff call her number at the north site, and a number at the first site: the north display
  // shows hers only.
  const day = centerDay(new Date());
  const requestId = request?.type === 'request.created' ? request.payload.requestId : '';
  await callTicket(server, { requestId: `request_e2e_${Date.now()}`, ticket: 'Z-99', day });
  await callTicket(server, { requestId, ticket, day }, north.siteId);
  await expect(display.heading()).toBeVisible();
  await expect(display.latest()).toHaveText(ticket);
  await expect(display.shown()).not.toContainText('Z-99');
});
