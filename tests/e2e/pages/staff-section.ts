/** What every staff-console section's page model starts from: its page, its h1, and the way in from the navigation. */
import { expect, type Page } from '@playwright/test';
import { followSection } from './staff-nav.js';

export class StaffSection {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Follows the staff navigation's link to `section` and waits for its heading. */
  protected async openSection(section: string): Promise<void> {
    await followSection(this.page, section);
    await expect(this.heading(section)).toBeVisible();
  }
}
