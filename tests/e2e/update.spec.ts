import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { KIOSK_IDLE_BEFORE_UPDATE_MS } from '../../src/pwa/update-policy.js';
import { PROJECT_ROOT, type ServerProcess, startServerProcess } from '../support/server-process.js';
import { expect, test, waitForServiceWorkerControl } from './fixtures.js';
import { StaffPage } from './pages/staff-page.js';
import { createFirstAdmin } from './support/accounts.js';
import { openKiosksAllDay } from './support/center.js';
import { openPairedKiosk } from './support/flows.js';

/**
 * A release is simulated by changing the served sw.js: the browser then installs a new service
 * worker, which waits until the page lets it take over.
 */
let build: string;
let server: ServerProcess;

test.beforeEach(async () => {
  build = mkdtempSync(path.join(tmpdir(), 'dropin-release-'));
  cpSync(path.join(PROJECT_ROOT, 'dist'), build, { recursive: true });
  server = await startServerProcess({ env: { STATIC_DIR: build } });
  await createFirstAdmin(server);
  await openKiosksAllDay(server);
});

test.afterEach(async () => {
  await server.stop();
  rmSync(build, { recursive: true, force: true });
});

function publishNewRelease(): void {
  appendFileSync(path.join(build, 'sw.js'), `\n// release ${Date.now()}\n`);
}

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
  });
}

/** False while the old page is still there (or is being torn down by the reload). */
async function pageWasReloaded(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload !== true);
  } catch {
    return false;
  }
}

test('staff see "new version" and the app reloads into it when they choose', async ({ page }) => {
  const staff = new StaffPage(page);
  await page.goto(`${server.baseUrl}/staff`);
  await waitForServiceWorkerControl(page);
  await expect(staff.updatePrompt()).toHaveCount(0);

  publishNewRelease();
  await checkForUpdate(page);
  await expect(staff.updatePrompt()).toBeVisible();
  await expect(staff.updatePrompt()).toContainText('A new version of the app is ready.');

  await markPage(page);
  await staff.reloadForUpdate();
  await expect.poll(() => pageWasReloaded(page)).toBe(true);
  await expect(staff.heading('Staff sign-in')).toBeVisible();
  await expect(staff.updatePrompt()).toHaveCount(0);
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
});

test('the kiosk applies an update by itself only after sitting idle on the welcome screen', async ({ page }) => {
  await page.clock.install();
  const kiosk = await openPairedKiosk(page, server);
  await waitForServiceWorkerControl(page);

  publishNewRelease();
  await checkForUpdate(page);
  await expect
    .poll(async () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null))
    .toBe(true);
  await markPage(page);

  // Someone is using the kiosk: no reload under their fingers, and no prompt either.
  await page.clock.runFor(KIOSK_IDLE_BEFORE_UPDATE_MS - 15_000);
  await page.getByRole('heading', { name: 'Welcome' }).click();
  await page.clock.runFor(KIOSK_IDLE_BEFORE_UPDATE_MS - 15_000);
  expect(await pageWasReloaded(page)).toBe(false);
  await expect(page.getByText('A new version of the app is ready.')).toHaveCount(0);

  // Left alone long enough, it updates itself.
  await page.clock.runFor(30_000);
  await expect.poll(() => pageWasReloaded(page)).toBe(true);
  await expect(kiosk.heading('Welcome')).toBeVisible();
});
