import { startServerProcess } from '../support/server-process.js';
import { collectPageErrors, expect, test } from './fixtures.js';
import { DevicesPage } from './pages/devices-page.js';
import { KioskPage } from './pages/kiosk-page.js';
import { StaffPage } from './pages/staff-page.js';
import { setupCodeFrom } from './support/accounts.js';
import { openKiosksAllDay } from './support/center.js';
import { uniqueDeviceName } from './support/names.js';

/**
 * Issue 3 end to end, through the UI: the first admin uses the printed one-time link, adds a
 * staff member, pairs a kiosk tablet (a second browser), revokes it, and the kiosk reacts.
 */
test('first admin, a staff account, a paired kiosk that is then revoked', async ({ browser }) => {
  const server = await startServerProcess(); // a fresh database, so the setup link is live
  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const kioskContext = await browser.newContext({ baseURL: server.baseUrl });
  try {
    const page = await staffContext.newPage();
    const staffErrors = collectPageErrors(page);
    const staff = new StaffPage(page);

    // 1. The one-time setup link creates the first admin, who is then signed in.
    await page.goto(`/staff/setup#code=${setupCodeFrom(server)}`);
    await expect(staff.heading('Set up the first admin')).toBeVisible();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ana Admin');
    await page.getByRole('textbox', { name: 'Sign-in name' }).fill('ana');
    await page.getByLabel('PIN or password', { exact: true }).fill('123456');
    await expect(page.getByText('too easy to guess')).toBeVisible();
    await page.getByLabel('PIN or password', { exact: true }).fill('482913');
    await page.getByLabel('Type it again').fill('482913');
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await expect(staff.heading('Today')).toBeVisible();
    // Whatever the day, the kiosk should take check-ins in this test.
    await openKiosksAllDay(server);

    // 2. The admin adds a staff member.
    await staff.openSection('Staff accounts');
    await expect(staff.heading('Staff accounts')).toBeVisible();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam Staff');
    await page.getByRole('textbox', { name: 'Sign-in name' }).fill('sam');
    await page.getByLabel('PIN or password', { exact: true }).fill('907152');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await expect(page.getByRole('row', { name: /Sam Staff/ })).toBeVisible();

    // 3. A pairing code for the lobby tablet.
    const devices = new DevicesPage(page);
    const tabletName = uniqueDeviceName('Lobby tablet');
    await devices.open();
    const code = await devices.pair(tabletName, 'Kiosk tablet');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // 4. The tablet, in its own browser, is set up with that code.
    const tablet = await kioskContext.newPage();
    const kioskErrors = collectPageErrors(tablet);
    const kiosk = new KioskPage(tablet);
    await kiosk.open();
    await expect(kiosk.heading('This tablet is not set up yet')).toBeVisible();
    await kiosk.pair(code.toLowerCase());
    await expect(kiosk.heading('Welcome')).toBeVisible();

    // 5. Staff see it in the list and revoke it.
    await page.reload();
    const row = devices.row(tabletName);
    await expect(row).toContainText('Ana Admin');
    await devices.revoke(tabletName);
    await expect(row).toContainText('Revoked');

    // 6. The kiosk hears it at its next check (here: the network coming back).
    await kioskContext.setOffline(true);
    await kioskContext.setOffline(false);
    await expect(kiosk.heading('This tablet needs to be set up again')).toBeVisible();
    await expect(tablet.getByRole('textbox', { name: 'Pairing code' })).toBeVisible();

    // The kiosk cannot open the staff console without a staff sign-in.
    await tablet.goto('/staff/accounts');
    await expect(tablet.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();

    // 7. The activity log shows what happened, by whom.
    await staff.openSection('Activity log');
    await expect(staff.heading('Activity log')).toBeVisible();
    const log = page.getByRole('table');
    await expect(log).toContainText(tabletName);
    await expect(log).toContainText('sam');
    expect(staffErrors).toEqual([]);
    expect(kioskErrors).toEqual([]);
  } finally {
    await staffContext.close();
    await kioskContext.close();
    await server.stop();
  }
});
