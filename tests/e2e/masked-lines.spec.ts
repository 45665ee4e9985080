/**
 * Masked lines: a naloxone request reads "Health and safety supplies" on the staff queue until
 * Show on that card; a masked request can still be handed out, and stock and history stay exact.
 * In English and Spanish.
 */
import type { Browser, Page } from '@playwright/test';
import type { Op, OpOf } from '../../src/core/ops/op.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { QueuePage } from './pages/queue-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName } from './support/names.js';

/** The id of the request with this ticket (and, when given, this participant) in the server's ops. */
function requestIdOf(ops: readonly Op[], ticket: string, participantId?: string): string | undefined {
  return ops
    .filter((op): op is OpOf<'request.created'> => op.type === 'request.created')
    .find(
      (op) =>
        op.payload.ticket === ticket && (participantId === undefined || op.payload.participantId === participantId),
    )?.payload.requestId;
}

const NALOXONE = 'item_naloxone_kit';

async function askForNaloxone(kiosk: KioskPage): Promise<string> {
  await kiosk.button(/I’m visiting/).click();
  await kiosk.page.getByRole('textbox').fill(uniqueName('Iris'));
  await kiosk.button('Continue').click();
  await kiosk.choose('Naloxone kit');
  await kiosk.button('Send my request').click();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  await kiosk.button('Done').click();
  return ticket;
}

async function staffDevice(browser: Browser, server: ServerProcess): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  await openConsoleAsAdmin(page, server);
  return page;
}

test('a naloxone request shows as health and safety supplies until Show; a masked one still hands out', async ({
  browser,
  server,
}) => {
  await receiveStock(server, { [NALOXONE]: 4 });
  const kiosk = await openPairedKiosk(await (await browser.newContext({ baseURL: server.baseUrl })).newPage(), server);
  await kiosk.syncNow();
  const shown = await askForNaloxone(kiosk);
  const handedOut = await askForNaloxone(kiosk);

  const staff = await staffDevice(browser, server);
  const queue = new QueuePage(staff);
  await queue.open();
  const card = queue.request(shown);
  await expect(card).toContainText('1 × Health and safety supplies', { timeout: 15_000 });
  await expect(card).not.toContainText('Naloxone');
  await expectNoSeriousViolations(staff, 'masked queue');
  await card.getByRole('button', { name: `Show what request ${shown} asks for` }).click();
  await expect(card).toContainText('1 × Naloxone kit');
  await expect(card.getByRole('button', { name: /^Show/ })).toHaveCount(0);
  // Show is for that card only: the other request stays masked.
  await expect(queue.request(handedOut)).not.toContainText('Naloxone');

  // En español, the other request is handed out while still masked.
  await staff.getByRole('button', { name: 'Español' }).click();
  const other = queue.request(handedOut, 'es');
  await expect(other).toContainText('1 × Artículos de salud y seguridad');
  await expect(other.getByRole('button', { name: `Mostrar lo que pide el pedido ${handedOut}` })).toBeVisible();
  await queue.handOutAll(handedOut, 'es');
  await expect(queue.handedOut(handedOut, 'es')).toBeVisible();
  await staff.getByRole('button', { name: 'English' }).click();

  // Leaving the queue masks again: Show is not remembered.
  await staff.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Today' }).click();
  await queue.open();
  await expect(queue.request(shown)).toContainText('1 × Health and safety supplies');

  // The hand-out is exact on the server: one naloxone kit, for that request.
  await waitUntilSynced(staff);
  const ops = await serverOps(server);
  const requestId = requestIdOf(ops, handedOut);
  const answer = ops.find((op) => op.type === 'request.fulfilled' && op.payload.requestId === requestId);
  expect(answer?.payload).toMatchObject({ handedOut: [{ itemId: NALOXONE, quantity: 1 }] });
});
