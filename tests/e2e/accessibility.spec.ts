import { expect, test } from './fixtures.js';
import { LanguageSwitch } from './pages/language-switch.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openConsoleAsAdmin } from './support/flows.js';

/** No serious or critical axe-core violations on the frames, in English and in Spanish. */
for (const route of ['/', '/kiosk', '/staff', '/display']) {
  for (const language of ['English', 'Español'] as const) {
    test(`${route} has no serious accessibility violations in ${language}`, async ({ page, pageErrors }) => {
      await page.goto(route);
      await new LanguageSwitch(page).choose(language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, `${route} in ${language}`);
      expect(pageErrors).toEqual([]);
    });
  }
}

test('the signed-in staff sections have no serious accessibility violations', async ({ page, server, pageErrors }) => {
  // Nine full axe runs: on a busy machine they take longer than one test's default 30 s.
  const staff = await openConsoleAsAdmin(page, server);
  for (const section of [
    'Today',
    'Requests',
    'Inventory',
    'Participants',
    'Catalog and hours',
    'Devices',
    'Staff accounts',
    'Activity log',
    'Reports',
  ]) {
    await staff.openSection(section);
    await expect(staff.heading(section)).toBeVisible();
    await expectNoSeriousViolations(page, section);
  }
  expect(pageErrors).toEqual([]);
});
