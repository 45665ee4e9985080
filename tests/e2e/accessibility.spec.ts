import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';

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
