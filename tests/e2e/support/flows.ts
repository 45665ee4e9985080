/** Short UI flows shared by specs: a paired kiosk, a signed-in admin. */
import { expect, type Page } from '@playwright/test';
// The `window.leadDropin` console API's type.
import type {} from '../../../src/sync/console-api.js';
import type { ServerProcess } from '../../support/server-process.js';
import { KioskPage } from '../pages/kiosk-page.js';
import { followSection } from '../pages/staff-nav.js';
import { StaffPage } from '../pages/staff-page.js';
import { E2E_ADMIN, newPairingCode } from './accounts.js';
import { uniqueDeviceName } from './names.js';

/**
 * Opens /kiosk in `page`, pairs it with a fresh code as staff would on a new tablet (named
 * uniquely; at `site`, else the first site), and waits for its first sync.
 */
export async function openPairedKiosk(
  page: Page,
  server: ServerProcess,
  name = uniqueDeviceName(),
  site?: string,
): Promise<KioskPage> {
  const kiosk = new KioskPage(page);
  await page.goto(`${server.baseUrl}/kiosk`);
  await expect(kiosk.heading('This tablet is not set up yet')).toBeVisible();
  await kiosk.pair(await newPairingCode(server, name, 'kiosk', site));
  await expect(kiosk.heading('Welcome')).toBeVisible();
  // Welcome shows before the first snapshot lands; a card or name tried then is rightly unknown.
  await kiosk.syncNow();
  return kiosk;
}

/** Opens the staff console in `page` and signs the admin in through the form. */
export async function openConsoleAsAdmin(page: Page, server: ServerProcess): Promise<StaffPage> {
  const staff = new StaffPage(page);
  await page.goto(`${server.baseUrl}/staff`);
  await staff.signIn(E2E_ADMIN.loginName, E2E_ADMIN.secret);
  await expect(staff.heading('Today')).toBeVisible();
  return staff;
}

/**
 * Pairs the signed-in console's browser as a staff device (Devices → This device), so it has a
 * ticket letter of its own for front-desk check-ins; returns to Today.
 */
export async function pairConsoleAsStaffDevice(page: Page, server: ServerProcess): Promise<void> {
  await followSection(page, 'Devices');
  const panel = page.getByRole('region', { name: 'This device' });
  const code = await newPairingCode(server, uniqueDeviceName('Front desk laptop'), 'staff');
  await panel.getByRole('textbox', { name: 'Pairing code' }).fill(code);
  await panel.getByRole('button', { name: 'Pair this device' }).click();
  await expect(panel).toContainText('This device is paired as');
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Today' }).click();
}

/** Waits until this device has nothing waiting to sync (before its browser is closed). */
export async function waitUntilSynced(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await window.leadDropin?.status())?.pending), { timeout: 60_000 })
    .toBe(0);
}
