/**
 * The staff floor with a kiosk and staff devices in separate browsers against one server: a
 * kiosk request shows up on the queue and Today; handing it out lowers stock everywhere; a part
 * hand-out and a refusal; the queue in Spanish; two staff devices answering the same request while
 * offline converge, nothing is handed out twice, and staff see what happened.
 */
import type { Browser, Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, goOffline, test } from './fixtures.js';
import { InventoryPage } from './pages/inventory-page.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { QueuePage } from './pages/queue-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';
import { addTrackedItem, type TestItem } from './support/items.js';
import { uniqueName } from './support/names.js';

const stockOf = (page: Page, itemId: string) =>
  page.evaluate(async (id) => (((await window.leadDropin?.stock()) ?? {}) as Record<string, number>)[id] ?? 0, itemId);

/**
 * On hand by the server's log, counted independently of the app's fold: receipts minus the
 * hand-out of each request's earliest answer (an answer that lost hands nothing out).
 */
async function serverStock(server: ServerProcess, itemId: string): Promise<number> {
  const ops = await serverOps(server);
  let total = 0;
  const firstAnswer = new Map<string, Op>();
  for (const op of ops) {
    if (op.type === 'stock.received' && op.payload.itemId === itemId) total += op.payload.quantity;
    if (op.type === 'request.fulfilled' || op.type === 'request.declined' || op.type === 'request.cancelled') {
      const before = firstAnswer.get(op.payload.requestId);
      if (!before || op.at < before.at) firstAnswer.set(op.payload.requestId, op);
    }
  }
  for (const op of firstAnswer.values()) {
    if (op.type !== 'request.fulfilled') continue;
    for (const line of op.payload.handedOut) if (line.itemId === itemId) total -= line.quantity;
  }
  return total;
}

/** The kiosk group test items are in (they are shelter, like the blanket they are made from). */
const SHELTER = 'Shelter and bedding';

/** A tracked item only this test uses (up to 3 a visit), with stock on the shelf. */
function itemWithStock(server: ServerProcess, base: string, quantity: number): Promise<TestItem> {
  return addTrackedItem(server, base, { quantity, fields: { perVisitLimit: 3, position: 5 } });
}

async function askAtKiosk(kiosk: KioskPage, visitorName: string, choose: (kiosk: KioskPage) => Promise<void>) {
  await kiosk.button(/I’m visiting/).click();
  await kiosk.page.getByRole('textbox').fill(visitorName);
  await kiosk.button('Continue').click();
  await choose(kiosk);
  await kiosk.button('Send my request').click();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  await kiosk.button('Done').click();
  return ticket;
}

async function staffDevice(browser: Browser, server: ServerProcess): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await openConsoleAsAdmin(page, server);
  return page;
}

test('a kiosk request reaches the queue; handing out, part and refusal show in stock on every device and the server', async ({
  browser,
  server,
}) => {
  const poncho = await itemWithStock(server, 'Rain poncho', 10);
  const { itemId } = poncho;
  const [ines, pablo, quique] = [uniqueName('Inés'), uniqueName('Pablo'), uniqueName('Quique')];
  const staff = await staffDevice(browser, server);
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  await expect(kiosk.tile(poncho.name)).toHaveCount(0); // on the welcome screen
  const first = await askAtKiosk(kiosk, ines, async (k) => {
    await k.choose(poncho.name, SHELTER);
    await k.button(`One more: ${poncho.name}`).click();
    // A service the product ships: it has no stock to share with other tests.
    await k.choose('Phone charging');
  });
  const second = await askAtKiosk(kiosk, pablo, async (k) => {
    await k.choose(poncho.name, SHELTER);
    await k.button(`One more: ${poncho.name}`).click();
    await k.button(`One more: ${poncho.name}`).click();
  });
  const third = await askAtKiosk(kiosk, quique, async (k) => {
    await k.choose(poncho.name, SHELTER);
  });

  // Today shows who came, live.
  await expect(staff.getByRole('table', { name: 'Checked in today' })).toContainText(ines, { timeout: 15_000 });
  await expect(staff.getByRole('table', { name: 'Checked in today' })).toContainText(quique);
  const queue = new QueuePage(staff);
  await queue.open();
  const card = (ticket: string) => queue.request(ticket);
  await expect(card(first)).toContainText(`2 × ${poncho.name}`);
  await expect(card(first)).toContainText('10 on hand');
  await expect(card(first)).toContainText('1 × Phone charging');
  await expect(card(first)).toContainText(ines);
  await expectNoSeriousViolations(staff, 'queue');

  // Hand out all: 10 → 8 here, on the kiosk and on the server.
  await queue.handOutAll(first);
  await expect(queue.handedOut(first)).toBeVisible();
  await expect(card(first)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(8);
  await expect.poll(() => stockOf(kioskPage, itemId), { timeout: 15_000 }).toBe(8);
  await expect.poll(() => serverStock(server, itemId), { timeout: 15_000 }).toBe(8);

  // Only 1 of the 3 asked: a part hand-out, and a bad number first.
  await queue.startHandOutSome(second);
  await queue.handTheseOut(second, { [poncho.name]: 4 });
  await expect(card(second).getByRole('alert')).toHaveText('That is more than was asked.');
  await queue.handTheseOut(second, { [poncho.name]: 1 });
  await expect(card(second)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(7);

  // Cannot do it, with a reason: nothing leaves the shelf.
  const declineNote = `Had one this morning ${uniqueName('')}`;
  await queue.cannotDoIt(third, 'Limit reached', declineNote);
  await expect(card(third)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(7);
  await expect.poll(() => serverStock(server, itemId), { timeout: 15_000 }).toBe(7);
  // The item's history tells the same story: the receipt, then two hand-outs by request number.
  const inventory = new InventoryPage(staff);
  await inventory.openList();
  await inventory.openItem(poncho.name);
  const history = inventory.history();
  await expect(history.getByRole('row', { name: new RegExp(`Handed out 2 for request ${first}`) })).toContainText(
    'Ana Admin',
  );
  await expect(history.getByRole('row', { name: new RegExp(`Handed out 1 for request ${second}`) })).toBeVisible();
  // The receipt was made before this device first synced: it is known as a total.
  await expect(history.getByRole('row', { name: /Earlier movements: 1/ })).toContainText('10');
  await expect(history.locator('tbody tr')).toHaveCount(3);
  // A refusal moves no stock, so the stock figure above does not show it has synced: wait for it.
  const refusals = async () =>
    (await serverOps(server))
      .filter((op) => op.type === 'request.declined' && op.payload.note === declineNote)
      .map((op) => op.payload);
  await expect.poll(refusals, { timeout: 15_000 }).toEqual([expect.objectContaining({ reason: 'limitReached' })]);
});

test('the queue speaks Spanish, and points to the lobby display device', async ({ browser, server }) => {
  const staff = await staffDevice(browser, server);
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  const zoila = uniqueName('Zoila');
  // A service the product ships, shown to every visitor.
  const ticket = await askAtKiosk(kiosk, zoila, async (k) => {
    await k.choose('Internet');
  });
  // The old console page for the lobby is gone: the display is a paired device of its own.
  await staff.goto('/staff/queue');
  await expect(staff.getByRole('link', { name: /Called numbers appear on the lobby display/ })).toHaveAttribute(
    'href',
    '/staff/devices',
  );
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Pedidos' })).toBeVisible();
  const queue = new QueuePage(staff);
  await expect(queue.request(ticket, 'es')).toContainText('1 × Internet');
  await expectNoSeriousViolations(staff, 'pedidos');
  await queue.handOutAll(ticket, 'es');
  await expect(queue.handedOut(ticket, 'es')).toBeVisible();
  await staff.getByRole('button', { name: 'English' }).click();
});

test('two staff devices answer the same request offline: one answer counts everywhere, stock moves once', async ({
  browser,
  server,
}) => {
  const bag = await itemWithStock(server, 'Sleeping bag', 5);
  const { itemId } = bag;
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  const ticket = await askAtKiosk(kiosk, uniqueName('Rocío'), async (k) => {
    await k.choose(bag.name, SHELTER);
    await k.button(`One more: ${bag.name}`).click();
  });
  const laptop = new QueuePage(await staffDevice(browser, server));
  const tablet = new QueuePage(await staffDevice(browser, server));
  for (const queue of [laptop, tablet]) {
    await queue.open();
    await expect(queue.request(ticket)).toBeVisible({ timeout: 15_000 });
    await goOffline(queue.page);
  }
  // The laptop hands both out; a moment later the tablet, not knowing, hands out one.
  await laptop.handOutAll(ticket);
  await expect.poll(() => stockOf(laptop.page, itemId)).toBe(3);
  await tablet.handOutSome(ticket, { [bag.name]: 1 });
  await expect.poll(() => stockOf(tablet.page, itemId)).toBe(4);

  await laptop.page.context().setOffline(false);
  await tablet.page.context().setOffline(false);
  // The laptop's answer came first: both devices and the server agree on 3, not 2.
  await expect.poll(() => stockOf(tablet.page, itemId), { timeout: 20_000 }).toBe(3);
  await expect.poll(() => stockOf(laptop.page, itemId), { timeout: 20_000 }).toBe(3);
  await expect.poll(() => serverStock(server, itemId), { timeout: 20_000 }).toBe(3);
  for (const queue of [laptop, tablet]) {
    const conflicts = queue.answeredTwice();
    await expect(conflicts).toContainText(`Request ${ticket}`, { timeout: 15_000 });
    await expect(conflicts).toContainText('Counts: handed out by Ana Admin');
    await expect(conflicts).toContainText('Not applied: partly handed out by Ana Admin');
  }
});
