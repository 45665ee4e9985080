import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';
import { openConsoleAsAdmin } from './support/flows.js';

/** No serious or critical axe-core violations on the frames, in English and in Spanish. */
for (const route of ['/', '/kiosk', '/staff']) {
  for (const language of ['English', 'Español'] as const) {
    test(`${route} has no serious accessibility violations in ${language}`, async ({ page, pageErrors }) => {
      await page.goto(route);
      await page.getByRole('button', { name: language }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
}

test('the signed-in staff sections have no serious accessibility violations', async ({ page, server, pageErrors }) => {
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
  ]) {
    await staff.section(section).click();
    await expect(staff.heading(section)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${section}: ${v.id}`)).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});
