import { expect, test } from './fixtures.js';
import { KioskPage } from './pages/kiosk-page.js';
import { StaffPage } from './pages/staff-page.js';

test('the kiosk shows its welcome frame in English, with the center details', async ({ page, pageErrors }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open();
  await expect(kiosk.heading('Welcome')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('LEAD Hollywood Drop-in');
  await expect(page.getByRole('contentinfo')).toContainText('1151 N. Western Ave, Los Angeles, CA 90029');
  await expect(page.getByRole('contentinfo')).toContainText('323-952-6099');
  await expect(kiosk.languageButton('English')).toHaveAttribute('aria-pressed', 'true');
  expect(pageErrors).toEqual([]);
});

test('the kiosk switches to Spanish and remembers it', async ({ page, pageErrors }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open();
  await kiosk.chooseLanguage('Español');
  await expect(kiosk.heading('Bienvenido')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('contentinfo')).toContainText('Abierto lunes, miércoles y viernes');
  await page.reload();
  await expect(kiosk.heading('Bienvenido')).toBeVisible();
  await kiosk.chooseLanguage('English');
  await expect(kiosk.heading('Welcome')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the staff console shows its frame in English and Spanish', async ({ page, pageErrors }) => {
  const staff = new StaffPage(page);
  await staff.open();
  await expect(staff.heading('Today')).toBeVisible();
  await expect(staff.navigation('Staff sections')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(staff.heading('Hoy')).toBeVisible();
  await expect(staff.navigation('Secciones del personal')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the start page offers the kiosk and the staff console', async ({ page, pageErrors }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Lobby check-in kiosk/ }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(new KioskPage(page).heading('Welcome')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
