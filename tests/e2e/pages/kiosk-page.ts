/** The lobby kiosk, as a participant (or the person setting it up) sees it, in English or Spanish. */
import { expect, type Page } from '@playwright/test';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import { groupOf } from '../../../src/core/kiosk/needs.js';
import { GROUP_LABEL } from '../../../src/kiosk/need-group-words.js';
// The `window.leadDropin` console API's type.
import type {} from '../../../src/sync/console-api.js';
import { wordsIn } from '../../support/catalogues.js';
import { type LanguageName, LanguageSwitch } from './language-switch.js';

const en = wordsIn('en');
const es = wordsIn('es');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The group tile a seeded item is under, by its name in the kiosk's language ("en" or "es"). */
function seededGroup(itemName: string, language: string): string | undefined {
  const words = language === 'es' ? es : en;
  const seed = SEED_CATALOG.find(({ item }) => (language === 'es' ? item.names.es : item.names.en) === itemName);
  return seed && words(GROUP_LABEL[groupOf(seed.item)]);
}

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

  /** The header's language switch and its panel of every language. */
  get languages(): LanguageSwitch {
    return new LanguageSwitch(this.page);
  }

  /** Types a pairing code on the "not set up yet" screen shown in any language (its code, e.g. "ko"). */
  async pairIn(language: string, code: string): Promise<void> {
    const words = wordsIn(language);
    await this.page.getByRole('textbox', { name: words('pairing.codeLabel') }).fill(code);
    await this.page.getByRole('button', { name: words('kiosk.pairing.submit') }).click();
  }

  /** Chooses a language by its own name ("Español", "ไทย") with the header's switch. */
  async chooseLanguage(name: LanguageName): Promise<void> {
    await this.languages.choose(name);
  }

  /** The header's switch says this language is on screen. */
  async expectLanguage(name: LanguageName): Promise<void> {
    await this.languages.expectShowing(name);
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
  /** Types a name, picks a birthday, and returns the answer's heading (a test that fails then says which answer came). */
  async findMyName(name: string, birthday: { month: number; day: number }): Promise<string> {
    await this.button(/^(Find my name|Buscar mi nombre)/).click();
    await this.nameInput().fill(name);
    await this.button(/^(Continue|Continuar)$/).click();
    await this.button(new RegExp(`^${birthday.month} · `)).click();
    await this.page.getByRole('button', { name: String(birthday.day), exact: true }).click();
    await this.button(/^(Continue|Continuar)$/).click();
    const answer = this.heading(NAME_ANSWER);
    await expect(answer).toBeVisible();
    return (await answer.textContent()) ?? '';
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

  /** "What do you need today?" or one of its group pages, once on screen. */
  needsScreen() {
    return this.page.locator('.kiosk-needs');
  }

  /** A group tile on the first needs screen, by the group's name (its note says how much is chosen). */
  groupTile(name: string) {
    return this.page
      .locator('.kiosk-group-tile')
      .and(this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) }));
  }

  /** "Back to all choices" on a group page. */
  backToGroups() {
    return this.button(/^(Back to all choices|Volver a las opciones)$/);
  }

  /** The health and safety supplies overlay. */
  discreetDialog() {
    return this.page.getByRole('dialog', { name: /^(Health and safety supplies|Artículos de salud y seguridad)$/ });
  }

  /** "Your list" (or "Su lista") beside the choices. */
  yourList() {
    return this.page.getByRole('region', { name: /^(Your list|Su lista)$/ });
  }

  /**
   * Opens a group from the needs screen (from a group page, back to the groups first): its page,
   * or for health and safety supplies the overlay.
   */
  async openGroup(name: string): Promise<void> {
    await expect(this.needsScreen()).toBeVisible();
    if (await this.backToGroups().isVisible()) await this.backToGroups().click();
    await this.groupTile(name).click();
    if (name === en('kiosk.needs.discreet') || name === es('kiosk.needs.discreet'))
      await expect(this.discreetDialog()).toBeVisible();
    else
      await expect(
        this.heading(new RegExp(`^${escapeRegExp(name)}|^(Talk to my case manager|Hablar con mi administrador)`)),
      ).toBeVisible();
  }

  /**
   * Taps an item on the needs screen, opening its group first unless its tile is already in view:
   * the group of a seeded item is known; for an item a test made, say which group (`group`).
   * A discreet item's overlay closes itself after the tap.
   */
  async choose(itemName: string, group?: string): Promise<void> {
    await expect(this.needsScreen()).toBeVisible();
    const tile = this.tile(itemName);
    if (!(await tile.isVisible())) {
      const language = await this.page.evaluate(() => document.documentElement.lang);
      const name = group ?? seededGroup(itemName, language);
      if (!name) throw new Error(`choose("${itemName}"): say which group it is in`);
      await this.openGroup(name);
    }
    await tile.click();
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

  /** "Back" on any step, in English or Spanish (its picture is hidden from the name). */
  backButton() {
    return this.button(/^(Back|Atrás)$/);
  }

  /** "Start over" on any step, in English or Spanish. */
  startOverButton() {
    return this.button(/^(Start over|Volver al inicio)$/);
  }

  /** "Nothing today, thanks" on the needs screen: confirms the visit with no request. */
  async nothingToday(): Promise<void> {
    await this.button(/^(Nothing today, thanks|Nada hoy, gracias)$/).click();
  }

  /** The needs screen's heading, in English or Spanish. */
  needsHeading() {
    return this.heading(/^(What do you need today\?|¿Qué necesita hoy\?)$/);
  }

  /** The welcome screen's heading, in English or Spanish. */
  welcomeHeading() {
    return this.heading(/^(Welcome|Le damos la bienvenida)$/);
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

  /** Where the kiosk's site is and how to call it, at the foot of the welcome. */
  place() {
    return this.page.locator('.kiosk-welcome__place');
  }

  /** From the welcome, "I’m visiting" with a first name, on to the needs screen (English or Spanish). */
  async visitAs(name: string): Promise<void> {
    await this.button(/^(I’m visiting|Vengo de visita)/).click();
    await this.nameInput().fill(name);
    await this.button(/^(Continue|Continuar)$/).click();
    await expect(this.needsHeading()).toBeVisible();
  }

  /** The ticket number on the confirmation screen. */
  ticket() {
    return this.page.locator('.kiosk-ticket__number');
  }
}
