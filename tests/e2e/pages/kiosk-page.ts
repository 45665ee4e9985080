/** The lobby kiosk, as a participant (or the person setting it up) sees it. */
import type { Page } from '@playwright/test';

export class KioskPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/kiosk');
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Types a pairing code on the "not set up yet" screen. */
  async pair(code: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Pairing code' }).fill(code);
    await this.page.getByRole('button', { name: 'Set up this tablet' }).click();
  }

  async chooseLanguage(label: 'English' | 'Español'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  languageButton(label: 'English' | 'Español') {
    return this.page.getByRole('button', { name: label });
  }
}
