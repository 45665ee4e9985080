/**
 * Issue 15, front desk and boxes, through the staff console: a participant found by name (or
 * alias) is checked in offline with two requests and told their ticket, which the queue then
 * shows; a second request keeps the visit and ticket; a visitor without a card, and more for them
 * later; a box of three items
 * changes each stock line by its quantity on screen and on the server; bad rows save nothing;
 * English and Spanish; axe on the new screens.
 */
import type { Op } from '../../src/core/ops/op.js';
import { SnapshotResponse } from '../../src/core/sync/api.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { BoxPage } from './pages/box-page.js';
import { DeskPage } from './pages/desk-page.js';
import { InventoryPage } from './pages/inventory-page.js';
import { QueuePage } from './pages/queue-page.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
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

/** On hand in the server's own stock views, as a new staff device would start from them. */
async function snapshotOnHand(server: ServerProcess, itemIds: readonly string[]): Promise<number[]> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const snapshot = SnapshotResponse.parse(await (await api.get('/api/sync/snapshot')).json());
  await api.dispose();
  return itemIds.map((itemId) => {
    const record = snapshot.views.find((view) => view.key === `stock:${itemId}`);
    return (record?.view as { onHand?: number } | undefined)?.onHand ?? 0;
  });
}

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
  await page.context().setOffline(true);
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
