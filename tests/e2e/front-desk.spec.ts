/**
 * Issue 15, front desk, through the staff console: a participant found by alias is checked in
 * offline with two requests and told their ticket, which the queue then shows; a second request
 * keeps the visit and ticket; from a profile; a visitor without a card, and more for them later;
 * English and Spanish; axe on the desk form and the box form (box.spec.ts has the box itself).
 */
import type { Op } from '../../src/core/ops/op.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, goOffline, test } from './fixtures.js';
import { DeskPage } from './pages/desk-page.js';
import { QueuePage } from './pages/queue-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, pairConsoleAsStaffDevice, waitUntilSynced } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { uniqueName } from './support/names.js';

/** A tracked item only this test uses, up to 3 a visit, with stock on the shelf. */
const itemWithStock = (server: ServerProcess, base: string, quantity = 20) =>
  addTrackedItem(server, base, { quantity, fields: { perVisitLimit: 3, position: 5 } });

/** Every op on the server that checked in or asked for something for `participantId`. */
async function serverVisitOps(server: ServerProcess, participantId: string): Promise<Op[]> {
  return (await serverOps(server)).filter(
    (op) =>
      (op.type === 'visit.checkedIn' &&
        op.payload.who === 'participant' &&
        op.payload.participantId === participantId) ||
      (op.type === 'request.created' && op.payload.participantId === participantId),
  );
}

test('front desk: find a participant by alias, check them in with two requests, tell their ticket; the queue shows it; a second request keeps the visit', async ({
  page,
  server,
  pageErrors,
}) => {
  const soap = await itemWithStock(server, 'Bar soap');
  const socks = await itemWithStock(server, 'Wool socks');
  await openConsoleAsAdmin(page, server);
  await pairConsoleAsStaffDevice(page, server);
  const alias = uniqueName('Chuy');
  const preferredName = uniqueName('Jesús');
  const participantId = await enrollThroughConsole(page, { preferredName, lastName: 'Robles', aliases: [alias] });
  const shown = `${preferredName} R.`;

  // The desk works with no network: the visit, its ticket and the requests wait on this device.
  await goOffline(page);
  const desk = new DeskPage(page);
  await desk.search(alias.toLowerCase());
  await desk.result(`Check in ${shown}`).click();
  const form = desk.form(`Check in ${shown}`);
  await expect(form).toBeVisible();
  // Over the per-visit limit: nothing is written.
  await desk.ask({ [soap.name]: 4, [socks.name]: 1 });
  await desk.checkIn();
  await expect(form.getByText('At most 3 today.')).toBeVisible();
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved. Please fix the rows marked below.');

  await desk.ask({ [soap.name]: 2, [socks.name]: 1 });
  await desk.checkIn();
  const ticket = await desk.ticket();
  await expect(desk.confirmation(`Checked in ${shown}. Their ticket is ${ticket}.`)).toBeVisible();
  // The same person is now "already here": adding keeps the visit and the ticket, within what is left.
  await expect(desk.form(`Add a request for ${shown}`)).toContainText(
    `Already checked in today with ticket ${ticket}.`,
  );
  await expect(desk.form().getByRole('row', { name: new RegExp(soap.name) })).toContainText('Up to 1');
  await desk.ask({ [soap.name]: 1 });
  await desk.addRequest();
  await expect(desk.confirmation(`Added to the visit of ${shown}. Their ticket is ${ticket}.`)).toBeVisible();
  await expect(desk.form().getByRole('row', { name: new RegExp(soap.name) })).toContainText(
    'Already asked for the most allowed today',
  );

  await expect(page.getByRole('table', { name: 'Checked in today' })).toContainText(shown);
  const queue = new QueuePage(page);
  await queue.open();
  const card = queue.request(ticket);
  await expect(card.first()).toContainText(soap.name);
  await expect(card).toHaveCount(2);
  await expect(card.filter({ hasText: socks.name })).toHaveCount(1);

  expect(await serverVisitOps(server, participantId)).toEqual([]);
  await page.context().setOffline(false);
  await waitUntilSynced(page);
  const ops = await serverVisitOps(server, participantId);
  expect(ops.map((op) => op.type).sort()).toEqual(['request.created', 'request.created', 'visit.checkedIn']);
  const visit = ops.find((op) => op.type === 'visit.checkedIn');
  expect(visit?.payload).toMatchObject({ method: 'staff', ticket });
  expect(visit?.actor).not.toBeNull();
  expect(pageErrors).toEqual([]);
});

test('front desk in Spanish: a participant from their profile, and a visitor without a card', async ({
  page,
  server,
  pageErrors,
}) => {
  const blanket = await itemWithStock(server, 'Fleece blanket');
  const water = await itemWithStock(server, 'Water bottle');
  await openConsoleAsAdmin(page, server);
  await pairConsoleAsStaffDevice(page, server);
  const preferredName = uniqueName('Lupe');
  const participantId = await enrollThroughConsole(page, { preferredName, lastName: 'Ortiz' });
  await page.getByRole('button', { name: 'Español' }).click();
  const desk = new DeskPage(page, 'es');

  // From the profile.
  await page.getByRole('navigation').getByRole('link', { name: 'Participantes' }).click();
  await page.getByRole('link', { name: new RegExp(preferredName) }).click();
  await desk.ask({ [blanket.nameEs]: 1, [water.nameEs]: 2 });
  await desk.checkIn();
  const ticket = await desk.ticket();
  await expect(desk.confirmation(`Llegada de ${preferredName} O. registrada. Su turno es el ${ticket}.`)).toBeVisible();

  // A visitor on Today: no card, a given name.
  await page.getByRole('navigation').getByRole('link', { name: 'Hoy' }).click();
  const visitor = uniqueName('Nico');
  await desk.chooseVisitor(visitor);
  await desk.ask({ [water.nameEs]: 1 });
  await desk.checkIn();
  const visitorTicket = await desk.ticket();
  expect(visitorTicket).not.toBe(ticket);
  expect(visitorTicket.split('-')[0]).toBe(ticket.split('-')[0]);
  await expect(desk.confirmation(`Llegada de ${visitor} registrada. Su turno es el ${visitorTicket}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Registrados hoy' })).toContainText(visitor);
  // Later the visitor asks for more: the same visit and ticket.
  await desk.result(`Añadir un pedido para ${visitor} (${visitorTicket})`).click();
  await desk.ask({ [blanket.nameEs]: 1 });
  await desk.addRequest();
  await expect(
    desk.confirmation(`Añadido a la visita de ${visitor} (${visitorTicket}). Su turno es el ${visitorTicket}.`),
  ).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Pedidos' }).click();
  const queue = new QueuePage(page);
  await expect(queue.request(ticket, 'es')).toContainText(blanket.nameEs);
  await expect(queue.request(visitorTicket, 'es').filter({ hasText: water.nameEs })).toHaveCount(1);
  await expect(queue.request(visitorTicket, 'es').filter({ hasText: blanket.nameEs })).toHaveCount(1);
  await waitUntilSynced(page);
  expect((await serverVisitOps(server, participantId)).map((op) => op.type).sort()).toEqual([
    'request.created',
    'visit.checkedIn',
  ]);
  expect(pageErrors).toEqual([]);
});

for (const language of ['English', 'Español'] as const) {
  test(`the front desk and the box form have no serious accessibility violations in ${language}`, async ({
    page,
    server,
    pageErrors,
  }) => {
    const item = await itemWithStock(server, 'Granola bar');
    await openConsoleAsAdmin(page, server);
    const participantId = await enrollThroughConsole(page, { preferredName: uniqueName('Axo'), lastName: 'Luna' });
    await page.getByRole('button', { name: language }).click();
    const desk = new DeskPage(page, language === 'English' ? 'en' : 'es');
    // On the profile: Today's own visits table is not this test's subject (it is crowded by the
    // other tests' check-ins on this worker's server).
    await page.goto(`/staff/participants/${participantId}`);
    await desk.ask({ [language === 'English' ? item.name : item.nameEs]: 9 });
    await desk.checkIn();
    await expect(desk.form().locator('[aria-invalid="true"]')).toBeVisible();
    await expectNoSeriousViolations(page, 'front desk on a profile');
    await page.goto('/staff/inventory/box');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: language === 'English' ? 'Receive the box' : 'Recibir la caja' }).click();
    await expectNoSeriousViolations(page, 'box form');
    expect(pageErrors).toEqual([]);
  });
}
