/** The lobby kiosk, as a participant (or the person setting it up) sees it. */
import { expect, type Page } from '@playwright/test';

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

  /**
   * "Find my name" in English, up to the last step: types `firstName`, picks the match and gives
   * the birthday (month 1–12, day). Waits for the name to reach the kiosk by sync. Made against
   * today's flow (pick the "First L." label, then the birthday); the next step is `confirmItsMe`.
   */
  async findMyName(firstName: string, birthday: { month: number; day: number }): Promise<void> {
    await this.button('Find my name').click();
    await this.nameInput().fill(firstName);
    const match = this.page.getByRole('button', { name: new RegExp(`^${firstName}( \\p{Lu}\\.)?$`, 'u') });
    await expect(match).toBeVisible({ timeout: 15_000 });
    await match.click();
    const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2000, birthday.month - 1, 1),
    );
    await this.button(month).click();
    await this.page.getByRole('button', { name: String(birthday.day), exact: true }).click();
  }

  /** Confirms the match `findMyName` found: checks in. */
  async confirmItsMe(): Promise<void> {
    await this.button('Check me in').click();
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
