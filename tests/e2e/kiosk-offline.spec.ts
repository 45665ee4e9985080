/**
 * The kiosk with no network: every way in and every request works exactly as online, the person
 * never sees a network error, and when the network returns every visit and request reaches the
 * server exactly once.
 */
import type { Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { expect, goOffline, test } from './fixtures.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';

const kioskOps = (page: Page) => page.evaluate(async () => (await window.leadDropin?.ops()) as Op[]);

test('offline, in English and Spanish: by name with a birthday, by card scanner and as a visitor; then one sync', async ({
  browser,
  server,
}) => {
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const nadiaName = uniqueName('Nadia');
  const nadia = await enrollThroughConsole(staffPage, {
    preferredName: nadiaName,
    lastName: 'Flores',
    birthDate: '1990-12-05',
  });
  const omarName = uniqueName('Omar');
  const omar = await enrollThroughConsole(staffPage, { preferredName: omarName, lastName: 'Reyes' });
  const { payload } = await printCard(staffPage, omar);
  await receiveStock(server, { item_blanket: 10, item_safer_use: 10 });
  await waitUntilSynced(staffPage);
  await staffContext.close();

  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  const kiosk = await openPairedKiosk(page, server);
  // Everything the kiosk needs has arrived: Nadia and Omar's card, and the blankets on the shelf.
  await kiosk.syncNow();
  await goOffline(page);

  await kiosk.findMyName(nadiaName, { month: 12, day: 5 });
  await expect(page.locator('main')).toContainText(`${nadiaName} F.`);
  await kiosk.confirmItsMe();
  await expect(page.getByText(`Hi, ${nadiaName}.`)).toBeVisible();
  await kiosk.choose('Blanket');
  await kiosk.choose('Safer-use supplies');
  await kiosk.choose('DMV');
  await kiosk.button('Send my request').click();
  await expect(kiosk.heading(`Thank you, ${nadiaName}.`)).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Safer-use');
  await kiosk.button('Done').click();

  await kiosk.chooseLanguage('Español');
  await kiosk.scanWithKeyboardScanner(payload);
  await expect(page.getByText(`Hola, ${omarName}.`)).toBeVisible();
  await kiosk.choose('Cobija');
  await kiosk.choose('Asuntos legales');
  await kiosk.button('Enviar mi pedido').click();
  await expect(kiosk.heading(`Gracias, ${omarName}.`)).toBeVisible();
  await kiosk.button('Listo').click();

  await kiosk.button(/Vengo de visita/).click();
  await kiosk.button('Continuar').click(); // no name given
  await expect(page.getByText('Hola.', { exact: true })).toBeVisible();
  await kiosk.choose('Internet');
  await kiosk.button('Enviar mi pedido').click();
  await expect(kiosk.heading('Gracias.')).toBeVisible();
  const tickets = [await kiosk.ticket().textContent()];
  await expect(page.getByRole('alert')).toHaveCount(0);

  const made = (await kioskOps(page)).filter((op) => op.type === 'visit.checkedIn' || op.type === 'request.created');
  expect(made.map((op) => op.type)).toEqual([
    'visit.checkedIn',
    'request.created',
    'visit.checkedIn',
    'request.created',
    'visit.checkedIn',
    'request.created',
  ]);
  expect(made.filter((op) => op.type === 'visit.checkedIn').map((op) => op.payload)).toEqual([
    expect.objectContaining({ participantId: nadia, method: 'name' }),
    expect.objectContaining({ participantId: omar, method: 'card' }),
    expect.objectContaining({ who: 'visitor', name: null, ticket: tickets[0] }),
  ]);
  // Three different numbers, all from this kiosk's letter.
  const numbers = made.filter((op) => op.type === 'visit.checkedIn').map((op) => String(op.payload.ticket));
  expect(new Set(numbers).size).toBe(3);
  expect(new Set(numbers.map((ticket) => ticket.split('-')[0])).size).toBe(1);

  await context.setOffline(false);
  await expect
    .poll(
      async () => {
        const onServer = await serverOps(server);
        return made.map((op) => onServer.filter((stored) => stored.id === op.id).length);
      },
      { timeout: 20_000 },
    )
    .toEqual([1, 1, 1, 1, 1, 1]);
  await context.close();
});
