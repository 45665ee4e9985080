/** Inventory's "Receive a box" and "Hand out several" forms: one quantity per item, saved together. */
import { expect } from '@playwright/test';
import { StaffSection } from './staff-section.js';

type Language = 'en' | 'es';

const WORDS = {
  en: {
    open: 'Receive a box',
    field: (item: string) => `How many ${item} arrived`,
    walkUpOpen: 'Hand out several',
    walkUpTitle: 'Hand out several items',
    walkUpField: (item: string) => `How many ${item} to hand out`,
    submit: 'Receive the box',
    walkUpSubmit: 'Hand these out',
    source: 'Donor or source (optional)',
  },
  es: {
    open: 'Recibir una caja',
    field: (item: string) => `Cuántos ${item} llegaron`,
    walkUpOpen: 'Entregar varios',
    walkUpTitle: 'Entregar varios artículos',
    walkUpField: (item: string) => `Cuántos ${item} entregar`,
    submit: 'Recibir la caja',
    walkUpSubmit: 'Entregar estos',
    source: 'Donante u origen (opcional)',
  },
} as const;

export class BoxPage extends StaffSection {
  private words(language: Language) {
    return WORDS[language];
  }

  /** From the inventory list, opens "Receive a box". */
  async open(language: Language = 'en'): Promise<void> {
    const words = this.words(language);
    await this.page.getByRole('link', { name: words.open }).click();
    await expect(this.heading(words.open)).toBeVisible();
  }

  /** From the inventory list, opens "Hand out several". */
  async openWalkUp(language: Language = 'en'): Promise<void> {
    const words = this.words(language);
    await this.page.getByRole('link', { name: words.walkUpOpen }).click();
    await expect(this.heading(words.walkUpTitle)).toBeVisible();
  }

  quantityOf(item: string, language: Language = 'en') {
    return this.page.getByRole('textbox', { name: this.words(language).field(item), exact: true });
  }

  /** Fills the box (item name → quantity), the source kind and donor if given, and saves it. */
  async receive(
    quantities: Record<string, number | string>,
    details: { kind?: string; source?: string; language?: Language } = {},
  ): Promise<void> {
    const words = this.words(details.language ?? 'en');
    for (const [item, quantity] of Object.entries(quantities)) {
      await this.page.getByRole('textbox', { name: words.field(item), exact: true }).fill(String(quantity));
    }
    if (details.kind) await this.page.getByRole('radio', { name: details.kind }).check();
    if (details.source) await this.page.getByRole('textbox', { name: words.source }).fill(details.source);
    await this.page.getByRole('button', { name: words.submit }).click();
  }

  /** Fills the walk-up hand-out (item name → quantity) and saves it. */
  async handOut(quantities: Record<string, number | string>, language: Language = 'en'): Promise<void> {
    const words = this.words(language);
    for (const [item, quantity] of Object.entries(quantities)) {
      await this.page.getByRole('textbox', { name: words.walkUpField(item), exact: true }).fill(String(quantity));
    }
    await this.page.getByRole('button', { name: words.walkUpSubmit }).click();
  }

  confirmation(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
