/**
 * Scanning a printed member card with the kiosk's camera: Chromium's fake camera plays a video
 * made from the card our print code rendered. The video is fixed when a browser starts, so each
 * card gets a browser of its own. A lost card's replacement checks in; the lost one does not.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { collectPageErrors, expect, goOffline, test } from './fixtures.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { serverOps } from './support/center.js';
import { browserWithCameraShowing, videoFolder } from './support/fake-camera.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueDeviceName, uniqueName } from './support/names.js';

const folder = videoFolder();
test.afterAll(() => folder.remove());

const kioskOps = (page: Page) => page.evaluate(async () => (await window.leadDropin?.ops()) as Op[]);

test('a reissued card checks in by camera, offline too; the lost card does not', async ({ browser, server }) => {
  const staffContext = await browser.newContext({ baseURL: server.baseUrl, deviceScaleFactor: 2 });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const martaName = uniqueName('Marta');
  const marta = await enrollThroughConsole(staffPage, { preferredName: martaName, lastName: 'Vega', language: 'en' });
  const lost = await printCard(staffPage, marta, 'new');
  const replacement = await printCard(staffPage, marta, 'lost');
  expect(replacement.payload).not.toBe(lost.payload);
  await waitUntilSynced(staffPage);
  await staffContext.close();

  // The new card, on a kiosk that has lost its network.
  const withNewCard = await browserWithCameraShowing(replacement.png, join(folder.path, 'replacement.y4m'));
  try {
    const context = await withNewCard.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const kiosk = await openPairedKiosk(page, server);
    // Marta's new card has reached this kiosk before it loses its network.
    await kiosk.syncNow();
    await goOffline(page);

    await kiosk.button('Scan my card').click();
    await expect(kiosk.heading('Scan your card')).toBeVisible();
    // No check of the "Hold your card here" frame: a card read at once leaves the screen first.
    await expect(page.getByText(`Hi, ${martaName}.`)).toBeVisible({ timeout: 15_000 });
    await kiosk.choose('Phone charging');
    await kiosk.button('Send my request').click();
    await expect(kiosk.heading(`Thank you, ${martaName}.`)).toBeVisible();
    const ticket = (await kiosk.ticket().textContent()) ?? '';
    expect(ticket).toMatch(/^[A-Z]{1,2}-\d+$/);

    // Back online: the visit and the request reach the server exactly once.
    const made = (await kioskOps(page)).filter((op) => op.type === 'visit.checkedIn' || op.type === 'request.created');
    expect(made.map((op) => op.type)).toEqual(['visit.checkedIn', 'request.created']);
    expect(made[0]?.payload).toMatchObject({ participantId: marta, method: 'card', ticket });
    await context.setOffline(false);
    await expect
      .poll(
        async () => {
          const onServer = await serverOps(server);
          return made.map((op) => onServer.filter((stored) => stored.id === op.id).length);
        },
        { timeout: 20_000 },
      )
      .toEqual([1, 1]);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await withNewCard.close();
  }

  // The lost card, in Spanish: a kind "see staff", nothing more.
  const withLostCard = await browserWithCameraShowing(lost.png, join(folder.path, 'lost.y4m'));
  try {
    const context = await withLostCard.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const kiosk = await openPairedKiosk(page, server, uniqueDeviceName('Second lobby tablet'));
    await kiosk.chooseLanguage('Español');
    await kiosk.syncNow();
    await kiosk.button('Escanear mi tarjeta').click();
    await expect(kiosk.heading('Por favor, hable con alguien del personal')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('main')).not.toContainText(martaName);
    expect((await kioskOps(page)).filter((op) => op.type === 'visit.checkedIn')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await withLostCard.close();
  }
});

test('without a camera the scan screen says so and offers the other ways in', async ({ page, server }) => {
  // The fixture's browser has no fake camera, so there is no camera at all.
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.button('Scan my card').click();
  await expect(page.getByRole('alert')).toContainText(
    /The camera is not working right now|not allowed to use the camera/,
  );
  await expect(page.getByRole('alert')).toContainText('You can find your name or check in as a visitor instead.');
  await kiosk.button('Find my name').click();
  await expect(kiosk.heading('Find your name')).toBeVisible();
});
