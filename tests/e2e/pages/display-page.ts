/**
 * The lobby display (/display) as the public sees it: the number being called, the ones called
 * before, and the setup screen with its pairing code, in English or Spanish.
 */
import { expect, type Page } from '@playwright/test';
import { LanguageSwitch } from './language-switch.js';

const WORDS = {
  en: {
    title: 'Now calling',
    setUp: 'This display is not set up yet',
    submit: 'Set up this display',
    earlier: 'Called earlier',
  },
  es: {
    title: 'Llamando',
    setUp: 'Esta pantalla aún no está configurada',
    submit: 'Configurar esta pantalla',
    earlier: 'Llamados antes',
  },
} as const;

export class DisplayPage {
  constructor(
    readonly page: Page,
    public language: 'en' | 'es' = 'en',
  ) {}

  private get words() {
    return WORDS[this.language];
  }

  /** Opens /display, where an unpaired browser asks for a code, types it and waits for the board. */
  async openAndPair(code: string): Promise<void> {
    await this.page.goto('/display');
    await expect(this.page.getByRole('heading', { level: 1, name: WORDS.en.setUp })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Pairing code' }).fill(code);
    await this.page.getByRole('button', { name: WORDS.en.submit }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: WORDS.en.title })).toBeVisible();
  }

  /** The board's heading in the display's language. */
  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.words.title });
  }

  /** The number being called now (the big one on top). */
  latest() {
    return this.page.locator('.called-board__ticket');
  }

  /** The list of numbers called before it. */
  earlier() {
    return this.page.getByRole('list').filter({ has: this.page.locator('li') });
  }

  /** Everything the display shows, as text. */
  shown() {
    return this.page.locator('body');
  }

  /** Switches the display's language with the header's switch. */
  async speak(language: 'en' | 'es'): Promise<void> {
    await new LanguageSwitch(this.page).choose(language === 'es' ? 'Español' : 'English');
    this.language = language;
  }
}
