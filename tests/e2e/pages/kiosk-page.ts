/** The lobby kiosk, as a participant (or the person setting it up) sees it, in English or Spanish. */
import { expect, type Page } from '@playwright/test';
// The `window.leadDropin` console API's type.
import type {} from '../../../src/sync/console-api.js';

/** The screens "find my name" can end on: a match to confirm, labels to choose, staff, or resting. */
const NAME_ANSWER =
  /^(Is this you\?|Which one is you\?|Please see a staff member|Name check-in is resting for a moment|¿Es usted\?|¿Cuál es usted\?|Por favor, hable con alguien del personal|La búsqueda por nombre está descansando un momento)$/;

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
    return this.page.getByRole('textbox');
  }

  /**
   * From the welcome screen, types `name` and picks the birthday's month and day, then waits for
   * the kiosk's answer ("Is this you?", "Which one is you?", "Please see a staff member" or the
   * resting message), in English or Spanish.
   */
  async findMyName(name: string, birthday: { month: number; day: number }): Promise<void> {
    await this.button(/^(Find my name|Buscar mi nombre)/).click();
    await this.nameInput().fill(name);
    await this.button(/^(Continue|Continuar)$/).click();
    await this.button(new RegExp(`^${birthday.month} · `)).click();
    await this.page.getByRole('button', { name: String(birthday.day), exact: true }).click();
    await this.button(/^(Continue|Continuar)$/).click();
    await expect(this.heading(NAME_ANSWER)).toBeVisible();
  }

  /** "Yes, that's me" on "Is this you?". */
  async confirmItsMe(): Promise<void> {
    await this.button(/^(Yes, that’s me|Sí, soy yo)$/).click();
  }

  /** "No" on "Is this you?". */
  async notMe(): Promise<void> {
    await this.page.getByRole('button', { name: 'No', exact: true }).click();
  }

  /**
   * Waits until this kiosk has pulled everything the server has (people enrolled elsewhere), as
   * its sync would in a moment anyway.
   */
  async syncNow(): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => window.leadDropin?.syncNow()), { timeout: 15_000 }).toBe(true);
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

  /** The header's "Read aloud" button (in English or Spanish). */
  readAloud() {
    return this.page.getByRole('button', { name: /^(Read aloud|Leer en voz alta)$/ });
  }

  /** What "Read aloud" becomes while the kiosk is reading. */
  stopReading() {
    return this.page.getByRole('button', { name: /^(Stop|Detener)$/ });
  }

  /** The words of every button on screen (header included) that has no picture beside them. */
  buttonsWithoutIcon(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, [role="button"]')]
        .filter((button) => button.offsetParent !== null && !button.querySelector('svg'))
        .map((button) => button.textContent?.trim() || button.getAttribute('aria-label') || '(no words)'),
    );
  }

  /** The ticket number on the confirmation screen. */
  ticket() {
    return this.page.locator('.kiosk-ticket__number');
  }
}
