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

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  /** The "Find my name" input (its label in either language). */
  nameInput() {
    return this.page.getByRole('searchbox');
  }

  /** A need tile's main button, by the item's exact name. */
  tile(name: string) {
    // Exact: other tests may add items whose names start the same way to the shared server.
    return this.page.locator('.kiosk-tile__toggle').and(this.page.getByRole('button', { name, exact: true }));
  }

  /**
   * A USB scanner reads a card: it types the payload and Enter within a few milliseconds. The
   * keys are sent from inside the page, because a busy test machine can stretch keys sent one by
   * one past what any scanner (or our 50 ms rule) would allow.
   */
  async scanWithKeyboardScanner(payload: string): Promise<void> {
    await this.page.evaluate((text) => {
      const target = document.activeElement ?? document.body;
      for (const key of [...text, 'Enter']) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      }
    }, payload);
  }

  /** The ticket number on the confirmation screen. */
  ticket() {
    return this.page.locator('.kiosk-ticket__number');
  }
}
