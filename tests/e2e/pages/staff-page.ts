/** The staff console. */
import type { Page } from '@playwright/test';

export class StaffPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/staff');
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  navigation(name: string | RegExp) {
    return this.page.getByRole('navigation', { name });
  }

  updatePrompt() {
    return this.page.getByRole('status').filter({ hasText: /new version/i });
  }

  async reloadForUpdate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reload now' }).click();
  }
}
