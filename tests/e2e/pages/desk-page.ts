/**
 * The front desk on Today (and on a profile): find a participant or take a visitor, choose what
 * they need, check them in, read the ticket given. English unless `es` is passed.
 */
import { expect, type Page } from '@playwright/test';

type Language = 'en' | 'es';

const WORDS = {
  en: {
    panel: 'Front desk',
    search: 'Find a participant',
    visitor: 'Visitor without a card',
    visitorName: 'First name (optional)',
    field: (item: string) => `How many ${item}`,
    checkIn: 'Check in',
    add: 'Add the request',
    ticket: 'Ticket',
  },
  es: {
    panel: 'Recepción',
    search: 'Buscar a un participante',
    visitor: 'Visitante sin tarjeta',
    visitorName: 'Nombre (opcional)',
    field: (item: string) => `Cuántos ${item}`,
    checkIn: 'Registrar llegada',
    add: 'Añadir el pedido',
    ticket: 'Turno',
  },
} as const;

export class DeskPage {
  readonly words;

  constructor(
    readonly page: Page,
    readonly language: Language = 'en',
  ) {
    this.words = WORDS[language];
  }

  /** The front desk panel on Today. */
  panel() {
    return this.page.getByRole('region', { name: this.words.panel, exact: true });
  }

  async search(text: string): Promise<void> {
    await this.panel().getByRole('textbox', { name: this.words.search }).fill(text);
  }

  /** The button beside a search result ("Check in Rosa M." / "Add a request for Rosa M."). */
  result(buttonName: string | RegExp) {
    return this.panel().getByRole('button', { name: buttonName });
  }

  async chooseVisitor(name?: string): Promise<void> {
    await this.panel().getByRole('button', { name: this.words.visitor }).click();
    if (name) await this.form().getByRole('textbox', { name: this.words.visitorName }).fill(name);
  }

  /** The open check-in form (a region named by its heading). */
  form(heading?: string | RegExp) {
    return heading ? this.page.getByRole('region', { name: heading }) : this.page.locator('section.desk-form');
  }

  /** Types how many of each item (by name) they need. */
  async ask(quantities: Record<string, number | string>): Promise<void> {
    for (const [item, quantity] of Object.entries(quantities)) {
      await this.form()
        .getByRole('textbox', { name: this.words.field(item), exact: true })
        .fill(String(quantity));
    }
  }

  async checkIn(): Promise<void> {
    await this.form().getByRole('button', { name: this.words.checkIn, exact: true }).click();
  }

  async addRequest(): Promise<void> {
    await this.form().getByRole('button', { name: this.words.add, exact: true }).click();
  }

  /** The ticket shown once they are checked in, e.g. "B-3". */
  async ticket(): Promise<string> {
    const shown = this.form().locator('.desk-ticket strong');
    await expect(shown).toHaveText(/^[A-Z]{1,2}-\d+$/);
    return ((await shown.textContent()) ?? '').trim();
  }

  confirmation(text: string | RegExp) {
    return this.form().getByRole('status').filter({ hasText: text });
  }
}
