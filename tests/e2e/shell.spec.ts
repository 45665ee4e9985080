import { expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { openConsoleAsAdmin, openPairedKiosk } from './support/flows.js';

test('a paired kiosk shows its welcome frame in English, with the center details', async ({
  page,
  server,
  pageErrors,
}) => {
  const kiosk = await openPairedKiosk(page, server);
  await expect(page.getByRole('banner')).toContainText('LEAD Hollywood Drop-in');
  await expect(page.getByRole('main')).toContainText('1151 N. Western Ave, Los Angeles, CA 90029');
  await expect(page.getByRole('main')).toContainText('Call us: 323-952-6099');
  await kiosk.expectLanguage('English');
  expect(pageErrors).toEqual([]);
});

test('the kiosk switches to Spanish and remembers it', async ({ page, server, pageErrors }) => {
  const kiosk = await openPairedKiosk(page, server);
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.heading('Le damos la bienvenida')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Los Angeles Spanish tells time in 12 hours.
  await expect(page.getByRole('contentinfo')).toContainText(/Abierto lun, mié, vie 11 a\.\s?m\.–4 p\.\s?m\./);
  await page.reload();
  await expect(kiosk.heading('Le damos la bienvenida')).toBeVisible();
  await kiosk.chooseLanguage('English');
  await expect(kiosk.heading('Welcome')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the staff console needs a sign-in, then shows its frame in English and Spanish', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staff sections' })).toHaveCount(0);
  const staff = await openConsoleAsAdmin(page, server);
  await expect(staff.navigation('Staff sections')).toBeVisible();
  // Signed in, the device syncs at once and says so.
  await expect(page.getByRole('banner').getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(staff.heading('Hoy')).toBeVisible();
  await expect(staff.navigation('Secciones del personal')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the start page offers the kiosk and the staff console', async ({ page, pageErrors }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Lobby check-in kiosk/ }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(new KioskPage(page).heading('This tablet is not set up yet')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
