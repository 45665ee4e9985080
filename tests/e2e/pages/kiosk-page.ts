/** The lobby kiosk, as a participant sees it. */
import type { Page } from '@playwright/test';

export class KioskPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/kiosk');
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async chooseLanguage(label: 'English' | 'Español'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  languageButton(label: 'English' | 'Español') {
    return this.page.getByRole('button', { name: label });
  }
}
