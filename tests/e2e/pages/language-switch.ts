/**
 * The header's language switch, as a person uses it: on the kiosk, the lobby display and the start
 * page one button ("Language: English") opening a panel of every language; on the staff console a
 * pill for English and one for Español. Languages are named as the app names them, in their own
 * script ("Español", "ไทย").
 */
import { expect, type Page } from '@playwright/test';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../../src/i18n/languages.js';
import { wordsIn } from '../../support/catalogues.js';

/** A language's own name, as the switch shows it. */
export type LanguageName = (typeof LANGUAGES)[number]['name'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the header button is called while each language is on screen ("Language: English", "ภาษา: ไทย"). */
const BUTTON_NAMES = new Map(
  [...LANGUAGES, PSEUDO_LANGUAGE].map((language) => [
    language.name,
    wordsIn(language.code)('language.current', { language: language.name }),
  ]),
);

export class LanguageSwitch {
  constructor(readonly page: Page) {}

  /** The header button that opens the panel, whichever language is on screen (or the one named). */
  opener(showing?: string) {
    const names = showing === undefined ? [...BUTTON_NAMES.values()] : [BUTTON_NAMES.get(showing) ?? showing];
    return this.page
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(`^(${names.map(escapeRegExp).join('|')})$`) });
  }

  /** The open panel of languages. */
  panel() {
    return this.page.getByRole('dialog');
  }

  /** A language's button in the open panel. */
  choice(name: string) {
    return this.panel().getByRole('button', { name, exact: true });
  }

  /** A pill in the header (the staff console's two languages). */
  pill(name: string) {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  /** Opens the panel with the header button. */
  async open(): Promise<void> {
    await this.opener().click();
    await expect(this.panel()).toBeVisible();
  }

  /** Chooses a language by its own name: a pill if the header has them, else through the panel. */
  async choose(name: string): Promise<void> {
    const pill = this.pill(name);
    await expect(this.opener().or(pill).first()).toBeVisible();
    if (await pill.isVisible()) {
      await pill.click();
      return;
    }
    await this.open();
    await this.choice(name).click();
    await expect(this.panel()).toBeHidden();
    await expect(this.opener(name)).toBeVisible();
  }

  /** The switch says this language is the one on screen (the header button's name, or a pressed pill). */
  async expectShowing(name: string): Promise<void> {
    await expect(this.opener(name).or(this.pill(name).and(this.page.locator('[aria-pressed="true"]')))).toBeVisible();
  }
}
