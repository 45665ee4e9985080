/**
 * Offline-first sync through real browsers: changes made on two devices while offline reach the
 * server exactly once and both devices end up with the same state.
 */
import type { Page } from '@playwright/test';
import type { OpDraft } from '../../src/core/ops/op.js';
// The `window.leadDropin` console API's type.
import type {} from '../../src/sync/console-api.js';
import { expect, goOffline, test } from './fixtures.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';

async function record(page: Page, draft: OpDraft, actor: string | null): Promise<string> {
  const result = await page.evaluate(([d, a]) => window.leadDropin?.record(d as OpDraft, a as string | null), [
    draft,
    actor,
  ] as const);
  if (!result?.ok) throw new Error(`record failed: ${JSON.stringify(result)}`);
  return result.op.id;
}

/** On hand of one item (other tests on this server have stock of their own). */
const stockOf = (page: Page, itemId: string) =>
  page.evaluate(async (id) => (((await window.leadDropin?.stock()) ?? {}) as Record<string, number>)[id], itemId);
const viewsOf = (page: Page) => page.evaluate(() => window.leadDropin?.views());
const pendingOf = (page: Page) => page.evaluate(async () => (await window.leadDropin?.status())?.pending);

async function signedInStaffId(page: Page): Promise<string> {
  const response = await page.request.get('/api/session');
  return ((await response.json()) as { staff: { id: string } }).staff.id;
}

async function serverOps(server: { baseUrl: string }): Promise<{ id: string; payload: Record<string, unknown> }[]> {
  const api = await apiFor(server as never);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const response = await api.get('/api/sync/pull?after=0&limit=1000');
  const body = (await response.json()) as { ops: { id: string; payload: Record<string, unknown> }[] };
  await api.dispose();
  return body.ops;
}

test('two staff devices change stock offline, then agree with each other and the server', async ({
  browser,
  server,
}) => {
  const laptopA = await browser.newContext({ baseURL: server.baseUrl });
  const laptopB = await browser.newContext({ baseURL: server.baseUrl });
  const a = await laptopA.newPage();
  const b = await laptopB.newPage();
  await openConsoleAsAdmin(a, server);
  await openConsoleAsAdmin(b, server);
  const panelA = a.getByRole('region', { name: 'This device' });
  await expect(panelA).toContainText('Up to date');
  await expect(panelA).toContainText('Last successful sync');
  const actor = await signedInStaffId(a);
  const itemId = `item_e2e_${Date.now()}`;

  const first = await record(a, { type: 'stock.received', payload: { itemId, quantity: 10, kind: 'donation' } }, actor);
  // B is online and long-polling: A's change reaches it without anyone touching B.
  await expect.poll(() => stockOf(b, itemId)).toBe(10);

  await goOffline(a);
  await goOffline(b);
  const made = [
    await record(a, { type: 'stock.handedOut', payload: { itemId, quantity: 3 } }, actor),
    await record(
      a,
      { type: 'stock.counted', payload: { countId: 'count_e2e_0001', items: [{ itemId, counted: 6, believed: 7 }] } },
      actor,
    ),
    await record(b, { type: 'stock.received', payload: { itemId, quantity: 5, kind: 'purchase' } }, actor),
    await record(b, { type: 'stock.adjusted', payload: { itemId, delta: -1, reason: 'damaged' } }, actor),
  ];
  await expect(panelA).toContainText('Offline · 2 waiting');
  await expect(a.getByRole('banner')).toContainText('Offline · 2 waiting');

  await laptopA.setOffline(false);
  await laptopB.setOffline(false);
  // 10 received, 3 handed out, counted 6 where 7 were believed, 5 bought, 1 damaged.
  await expect.poll(() => stockOf(a, itemId), { timeout: 15_000 }).toBe(10);
  await expect.poll(() => stockOf(b, itemId), { timeout: 15_000 }).toBe(10);
  await expect.poll(() => pendingOf(a)).toBe(0);
  await expect.poll(() => pendingOf(b)).toBe(0);
  await expect(panelA).toContainText('Up to date');
  expect(await viewsOf(a)).toEqual(await viewsOf(b));

  const onServer = (await serverOps(server)).filter(
    (op) => op.payload.itemId === itemId || op.payload.countId === 'count_e2e_0001',
  );
  expect(onServer).toHaveLength(5);
  expect(new Set(onServer.map((op) => op.id))).toEqual(new Set([first, ...made]));
  await laptopA.close();
  await laptopB.close();
});

test('a check-in made on an offline kiosk reaches the staff console once it reconnects', async ({
  browser,
  server,
}) => {
  const tablet = await browser.newContext({ baseURL: server.baseUrl });
  const laptop = await browser.newContext({ baseURL: server.baseUrl });
  const kioskPage = await tablet.newPage();
  const staffPage = await laptop.newPage();
  await openPairedKiosk(kioskPage, server);
  await openConsoleAsAdmin(staffPage, server);
  expect(await kioskPage.evaluate(() => window.leadDropin?.ops())).toEqual([]);

  await goOffline(kioskPage);
  const visitId = `visit_e2e_${Date.now()}`;
  await record(
    kioskPage,
    { type: 'visit.checkedIn', payload: { visitId, day: '2026-11-28', ticket: 'A-1', who: 'visitor', name: null } },
    null,
  );
  await expect(kioskPage.getByRole('banner').getByRole('status')).toHaveAccessibleName(/Offline/);

  await tablet.setOffline(false);
  await expect
    .poll(async () => Object.keys((await viewsOf(staffPage)) ?? {}).includes(`visit:${visitId}`), { timeout: 15_000 })
    .toBe(true);
  const onServer = (await serverOps(server)).filter((op) => op.payload.visitId === visitId);
  expect(onServer).toHaveLength(1);
  await tablet.close();
  await laptop.close();
});

test('the sync panel speaks Spanish', async ({ page, server }) => {
  await openConsoleAsAdmin(page, server);
  await page.getByRole('button', { name: 'Español' }).click();
  const panel = page.getByRole('region', { name: 'Este dispositivo' });
  await expect(panel).toContainText('Al día');
  await expect(panel).toContainText('Cambios por enviar');
  await panel.getByRole('button', { name: 'Sincronizar ahora' }).click();
  await expect(panel).toContainText('Al día');
});
