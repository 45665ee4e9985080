/**
 * The staff console's "Talk with staff" list (nav "Talks", "Charlas" in Spanish): one row per
 * conversation, by ticket number, under "My people" or "Everyone else", with its answers.
 */
import { expect, type Page } from '@playwright/test';

type Language = 'en' | 'es';
const WORDS = {
  en: {
    nav: 'Talks',
    heading: 'Talk with staff',
    talk: 'Talk',
    mine: 'My people',
    others: 'Everyone else',
    ended: 'Finished today',
    start: 'Start talking',
    finish: 'Finish',
    notToday: 'Not today',
    save: 'Record it',
    note: 'Note (optional)',
  },
  es: {
    nav: 'Charlas',
    heading: 'Hablar con el equipo',
    talk: 'Charla',
    mine: 'Mis personas',
    others: 'Todos los demás',
    ended: 'Terminadas hoy',
    start: 'Empezar a hablar',
    finish: 'Terminar',
    notToday: 'Hoy no',
    save: 'Anotarlo',
    note: 'Nota (opcional)',
  },
} as const;

export class TalkPage {
  constructor(
    readonly page: Page,
    readonly language: Language = 'en',
  ) {}

  private get words() {
    return WORDS[this.language];
  }

  /** Follows "Talks" in the staff navigation and waits for the list's heading. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.words.nav }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.words.heading })).toBeVisible();
  }

  mine() {
    return this.page.getByRole('region', { name: this.words.mine });
  }

  others() {
    return this.page.getByRole('region', { name: this.words.others });
  }

  ended() {
    return this.page.getByRole('region', { name: this.words.ended });
  }

  /** The conversation's row, wherever it is listed. */
  talk(ticket: string) {
    return this.page.getByRole('article', { name: `${this.words.talk} ${ticket}` });
  }

  async start(ticket: string): Promise<void> {
    await this.talk(ticket).getByRole('button', { name: this.words.start }).click();
  }

  async finish(ticket: string): Promise<void> {
    await this.talk(ticket).getByRole('button', { name: this.words.finish }).click();
  }

  /** Opens "Not today" on the conversation's row. */
  async openNotToday(ticket: string): Promise<void> {
    await this.talk(ticket).getByRole('button', { name: this.words.notToday }).click();
  }

  /** In the open "Not today": a reason (its label) and an optional note, then "Record it". */
  async recordNotToday(ticket: string, reason: string, note?: string): Promise<void> {
    const row = this.talk(ticket);
    await row.getByRole('radio', { name: reason }).check();
    if (note) await row.getByRole('textbox', { name: this.words.note }).fill(note);
    await row.getByRole('button', { name: this.words.save }).click();
  }

  /** "Not today" with a reason and an optional note, in one go. */
  async notToday(ticket: string, reason: string, note?: string): Promise<void> {
    await this.openNotToday(ticket);
    await this.recordNotToday(ticket, reason, note);
  }
}
