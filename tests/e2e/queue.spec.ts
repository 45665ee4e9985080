/**
 * The staff floor with a kiosk and staff devices in separate browsers against one server: a
 * kiosk request shows up on the queue and Today; handing it out lowers stock everywhere; a part
 * hand-out and a refusal; the lobby display; two staff devices answering the same request while
 * offline converge, nothing is handed out twice, and staff see what happened.
 */
import type { Browser, Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { TEST_ITEM } from '../support/op-factory.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { pushAsAdmin, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';

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

/** A tracked item only this test uses, with stock on the shelf. */
async function itemWithStock(server: ServerProcess, name: string, quantity: number): Promise<string> {
  const itemId = `item_e2e_${Date.now()}`;
  await pushAsAdmin(server, [
    {
      type: 'catalog.itemAdded',
      payload: {
        itemId,
        item: { ...TEST_ITEM, names: { en: name, es: `${name} (es)` }, perVisitLimit: 3, position: 5 },
      },
    },
    { type: 'stock.received', payload: { itemId, quantity, kind: 'donation' } },
  ]);
  return itemId;
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
  test.setTimeout(120_000);
  const itemId = await itemWithStock(server, 'Rain poncho', 10);
  const staff = await staffDevice(browser, server);
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  await expect(kiosk.tile('Rain poncho')).toHaveCount(0); // on the welcome screen
  const first = await askAtKiosk(kiosk, 'Inés', async (k) => {
    await k.tile('Rain poncho').click();
    await k.button('One more: Rain poncho').click();
    await k.tile('Phone charging').click();
  });
  const second = await askAtKiosk(kiosk, 'Pablo', async (k) => {
    await k.tile('Rain poncho').click();
    await k.button('One more: Rain poncho').click();
    await k.button('One more: Rain poncho').click();
  });
  const third = await askAtKiosk(kiosk, 'Quique', async (k) => {
    await k.tile('Rain poncho').click();
  });

  // Today shows who came, live.
  await expect(staff.getByRole('table', { name: 'Checked in today' })).toContainText('Inés', { timeout: 15_000 });
  await expect(staff.getByRole('table', { name: 'Checked in today' })).toContainText('Quique');
  await staff.getByRole('link', { name: 'Requests' }).click();
  const card = (ticket: string) => staff.getByRole('article', { name: `Request ${ticket}` });
  await expect(card(first)).toContainText('2 × Rain poncho');
  await expect(card(first)).toContainText('10 on hand');
  await expect(card(first)).toContainText('1 × Phone charging');
  await expect(card(first)).toContainText('Inés');
  await expectNoSeriousViolations(staff, 'queue');

  // Hand out all: 10 → 8 here, on the kiosk and on the server.
  await card(first).getByRole('button', { name: 'Hand out all' }).click();
  await expect(staff.getByRole('status').filter({ hasText: `Handed out: request ${first}.` })).toBeVisible();
  await expect(card(first)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(8);
  await expect.poll(() => stockOf(kioskPage, itemId), { timeout: 15_000 }).toBe(8);
  await expect.poll(() => serverStock(server, itemId), { timeout: 15_000 }).toBe(8);

  // Only 1 of the 3 asked: a part hand-out, and a bad number first.
  await card(second).getByRole('button', { name: 'Hand out some' }).click();
  const quantity = card(second).getByRole('textbox', { name: 'Rain poncho' });
  await quantity.fill('4');
  await card(second).getByRole('button', { name: 'Hand these out' }).click();
  await expect(card(second).getByRole('alert')).toHaveText('That is more than was asked.');
  await quantity.fill('1');
  await card(second).getByRole('button', { name: 'Hand these out' }).click();
  await expect(card(second)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(7);

  // Cannot do it, with a reason: nothing leaves the shelf.
  await card(third).getByRole('button', { name: 'Cannot do it' }).click();
  await card(third).getByRole('radio', { name: 'Limit reached' }).check();
  await card(third).getByRole('textbox', { name: 'Note (optional)' }).fill('Had one this morning');
  await card(third).getByRole('button', { name: 'Record it' }).click();
  await expect(card(third)).toHaveCount(0);
  await expect.poll(() => stockOf(staff, itemId)).toBe(7);
  await expect.poll(() => serverStock(server, itemId), { timeout: 15_000 }).toBe(7);
  // The item's history tells the same story: the receipt, then two hand-outs by request number.
  await staff.getByRole('link', { name: 'Inventory' }).click();
  await staff.getByRole('link', { name: 'Rain poncho', exact: true }).click();
  const history = staff.getByRole('table', { name: 'Every movement of this item, newest first' });
  await expect(history.getByRole('row', { name: new RegExp(`Handed out 2 for request ${first}`) })).toContainText(
    'Ana Admin',
  );
  await expect(history.getByRole('row', { name: new RegExp(`Handed out 1 for request ${second}`) })).toBeVisible();
  // The receipt was made before this device first synced: it is known as a total.
  await expect(history.getByRole('row', { name: /Earlier movements: 1/ })).toContainText('10');
  await expect(history.locator('tbody tr')).toHaveCount(3);
  const outcomes = (await serverOps(server)).filter(
    (op) => op.type === 'request.declined' && op.payload.note === 'Had one this morning',
  );
  expect(outcomes.map((op) => op.payload)).toEqual([expect.objectContaining({ reason: 'limitReached' })]);
});

test('the lobby display shows waiting numbers only, and the queue speaks Spanish', async ({ browser, server }) => {
  const staff = await staffDevice(browser, server);
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  const ticket = await askAtKiosk(kiosk, 'Zoila', async (k) => {
    await k.tile('Internet').click();
  });
  await staff.goto('/staff/now-serving');
  await expect(staff.getByRole('heading', { level: 1, name: 'Now serving' })).toBeVisible();
  await expect(staff.locator('main')).toContainText(ticket, { timeout: 15_000 });
  await expect(staff.locator('main')).not.toContainText('Zoila');
  await expect(staff.locator('main')).not.toContainText('Internet');

  await staff.goto('/staff/queue');
  await staff.getByRole('button', { name: 'Español' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Pedidos' })).toBeVisible();
  await expect(staff.getByRole('article', { name: `Pedido ${ticket}` })).toContainText('1 × Internet');
  await expectNoSeriousViolations(staff, 'pedidos');
  await staff
    .getByRole('article', { name: `Pedido ${ticket}` })
    .getByRole('button', { name: 'Entregar todo' })
    .click();
  await expect(staff.getByRole('status').filter({ hasText: `Entregado: pedido ${ticket}.` })).toBeVisible();
  await staff.getByRole('button', { name: 'English' }).click();
});

test('two staff devices answer the same request offline: one answer counts everywhere, stock moves once', async ({
  browser,
  server,
}) => {
  test.setTimeout(90_000);
  const itemId = await itemWithStock(server, 'Sleeping bag', 5);
  const kioskPage = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  const kiosk = await openPairedKiosk(kioskPage, server);
  const ticket = await askAtKiosk(kiosk, 'Rocío', async (k) => {
    await k.tile('Sleeping bag').click();
    await k.button('One more: Sleeping bag').click();
  });
  const laptop = await staffDevice(browser, server);
  const tablet = await staffDevice(browser, server);
  for (const page of [laptop, tablet]) {
    await page.getByRole('link', { name: 'Requests' }).click();
    await expect(page.getByRole('article', { name: `Request ${ticket}` })).toBeVisible({ timeout: 15_000 });
    await page.context().setOffline(true);
  }
  // The laptop hands both out; a moment later the tablet, not knowing, hands out one.
  await laptop
    .getByRole('article', { name: `Request ${ticket}` })
    .getByRole('button', { name: 'Hand out all' })
    .click();
  await expect.poll(() => stockOf(laptop, itemId)).toBe(3);
  const onTablet = tablet.getByRole('article', { name: `Request ${ticket}` });
  await onTablet.getByRole('button', { name: 'Hand out some' }).click();
  await onTablet.getByRole('textbox', { name: 'Sleeping bag' }).fill('1');
  await onTablet.getByRole('button', { name: 'Hand these out' }).click();
  await expect.poll(() => stockOf(tablet, itemId)).toBe(4);

  await laptop.context().setOffline(false);
  await tablet.context().setOffline(false);
  // The laptop's answer came first: both devices and the server agree on 3, not 2.
  await expect.poll(() => stockOf(tablet, itemId), { timeout: 20_000 }).toBe(3);
  await expect.poll(() => stockOf(laptop, itemId), { timeout: 20_000 }).toBe(3);
  await expect.poll(() => serverStock(server, itemId), { timeout: 20_000 }).toBe(3);
  for (const page of [laptop, tablet]) {
    const conflicts = page.getByRole('region', { name: 'Answered twice' });
    await expect(conflicts).toContainText(`Request ${ticket}`, { timeout: 15_000 });
    await expect(conflicts).toContainText('Counts: handed out by Ana Admin');
    await expect(conflicts).toContainText('Not applied: partly handed out by Ana Admin');
  }
});
