/**
 * The staff console's Requests queue: one card per waiting request, by ticket number, with its
 * answers (hand out all, hand out some, cannot do it), in English or Spanish.
 */
import type { Page } from '@playwright/test';

export class QueuePage {
  constructor(readonly page: Page) {}

  /** Opens the queue by its link ("Requests") in the staff navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Requests' }).click();
  }

  /** The request's card; Spanish names it "Pedido <ticket>". */
  request(ticket: string, language: 'en' | 'es' = 'en') {
    return this.page.getByRole('article', { name: `${language === 'es' ? 'Pedido' : 'Request'} ${ticket}` });
  }

  /** "Hand out all" ("Entregar todo") on the request's card. */
  async handOutAll(ticket: string, language: 'en' | 'es' = 'en'): Promise<void> {
    await this.request(ticket, language)
      .getByRole('button', { name: language === 'es' ? 'Entregar todo' : 'Hand out all' })
      .click();
  }

  /** The message that confirms a request was handed out. */
  handedOut(ticket: string, language: 'en' | 'es' = 'en') {
    const text = language === 'es' ? `Entregado: pedido ${ticket}.` : `Handed out: request ${ticket}.`;
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The quantity field for one item, once "Hand out some" is open on the card. */
  quantityOf(ticket: string, itemName: string) {
    return this.request(ticket).getByRole('textbox', { name: itemName });
  }

  /** Opens "Hand out some" on the request's card. */
  async startHandOutSome(ticket: string): Promise<void> {
    await this.request(ticket).getByRole('button', { name: 'Hand out some' }).click();
  }

  /** In the open "Hand out some": types a quantity per item (by its name), then "Hand these out". */
  async handTheseOut(ticket: string, quantities: Record<string, number>): Promise<void> {
    for (const [itemName, quantity] of Object.entries(quantities)) {
      await this.quantityOf(ticket, itemName).fill(String(quantity));
    }
    await this.request(ticket).getByRole('button', { name: 'Hand these out' }).click();
  }

  /** "Hand out some" with these quantities, in one go. */
  async handOutSome(ticket: string, quantities: Record<string, number>): Promise<void> {
    await this.startHandOutSome(ticket);
    await this.handTheseOut(ticket, quantities);
  }

  /** "Cannot do it" with a reason (its label) and an optional note, then "Record it". */
  async cannotDoIt(ticket: string, reason: string, note?: string): Promise<void> {
    const card = this.request(ticket);
    await card.getByRole('button', { name: 'Cannot do it' }).click();
    await card.getByRole('radio', { name: reason }).check();
    if (note) await card.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await card.getByRole('button', { name: 'Record it' }).click();
  }

  /** "Call" ("Llamar") on the request's card: its number goes to the lobby display. */
  async call(ticket: string, language: 'en' | 'es' = 'en'): Promise<void> {
    await this.request(ticket, language)
      .getByRole('button', { name: language === 'es' ? 'Llamar' : 'Call', exact: true })
      .click();
  }

  /** "Call again" ("Llamar otra vez") on a card that was called. */
  async callAgain(ticket: string, language: 'en' | 'es' = 'en'): Promise<void> {
    await this.request(ticket, language)
      .getByRole('button', { name: language === 'es' ? 'Llamar otra vez' : 'Call again' })
      .click();
  }

  /** "No answer" ("No vino") on a card that was called. */
  async noAnswer(ticket: string, language: 'en' | 'es' = 'en'): Promise<void> {
    await this.request(ticket, language)
      .getByRole('button', { name: language === 'es' ? 'No vino' : 'No answer' })
      .click();
  }

  /** The "Answered twice" list: requests two devices answered differently. */
  answeredTwice() {
    return this.page.getByRole('region', { name: 'Answered twice' });
  }
}
