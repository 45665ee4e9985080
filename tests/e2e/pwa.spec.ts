import type { APIRequestContext } from '@playwright/test';
import { startServerProcess } from '../support/server-process.js';
import { collectPageErrors, expect, test, waitForServiceWorkerControl } from './fixtures.js';
import { StaffPage } from './pages/staff-page.js';
import { createFirstAdmin } from './support/accounts.js';
import { openKiosksAllDay } from './support/center.js';
import { openPairedKiosk } from './support/flows.js';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
async function pngSize(request: APIRequestContext, url: string): Promise<{ width: number; height: number }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).toString('hex'), `${url} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the app links a valid, installable web app manifest', async ({ page, request, baseURL }) => {
  await page.goto('/kiosk');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href ?? '', baseURL).href);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

  expect(manifest.name).toBe('LEAD Hollywood Drop-in');
  expect(manifest.short_name).toBe('LEAD Drop-in');
  expect(['standalone', 'fullscreen']).toContain(manifest.display);
  expect(manifest.start_url).toBe('/');
  expect(manifest.scope).toBe('/');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  for (const icon of manifest.icons) {
    const [width, height] = icon.sizes.split('x').map(Number);
    expect(icon.type).toBe('image/png');
    expect(await pngSize(request, icon.src)).toEqual({ width, height });
  }
  const sizes = (purpose: string) =>
    manifest.icons.filter((icon) => (icon.purpose ?? 'any').split(' ').includes(purpose)).map((icon) => icon.sizes);
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('maskable').length).toBeGreaterThan(0);
});

test('the service worker installs and takes control on the first visit', async ({ page, pageErrors }) => {
  await page.goto('/staff');
  await waitForServiceWorkerControl(page);
  const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
  expect(new URL(scriptUrl).pathname).toBe('/sw.js');
  expect(pageErrors).toEqual([]);
});

test('after one online visit, /kiosk and /staff load with the server gone and the network off', async ({ browser }) => {
  // A server of its own, because this test stops it.
  const server = await startServerProcess();
  const context = await browser.newContext({ baseURL: server.baseUrl });
  try {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await createFirstAdmin(server);
    await openKiosksAllDay(server);
    const kiosk = await openPairedKiosk(page, server);
    await waitForServiceWorkerControl(page);

    expect(await server.stop()).toBe(0);
    await context.setOffline(true);

    await page.reload();
    await expect(kiosk.heading('Welcome')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeAttached();

    // The staff console was never opened online: its code must come from the precache too.
    // Signing in needs the server, so it says so instead of failing.
    const staff = new StaffPage(page);
    await staff.open();
    await expect(staff.heading('You are offline')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Staff console');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('banner')).toContainText('Consola del personal');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
