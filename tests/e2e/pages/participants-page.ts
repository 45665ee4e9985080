/** The staff console's Participants section: the list and the enroll form (English labels). */
import type { Page } from '@playwright/test';

/** `consent: false` leaves "The participant agreed…" unticked. */
export type NewParticipant = { preferredName: string; lastName: string; birthDate?: string; consent?: boolean };

export class ParticipantsPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Staff sections' })
      .getByRole('link', { name: 'Participants' })
      .click();
  }

  /** Fills the open enroll form (referred by a service provider) and presses Enroll. */
  async enroll(person: NewParticipant): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Preferred name' }).fill(person.preferredName);
    await this.page.getByRole('textbox', { name: 'Last name or initial' }).fill(person.lastName);
    if (person.birthDate) await this.page.getByLabel('Birth date (optional)').fill(person.birthDate);
    await this.page.getByRole('radio', { name: 'Community referral: a service provider' }).check();
    await this.page.getByRole('checkbox', { name: /agreed to take part/ }).setChecked(person.consent ?? true);
    await this.page.getByRole('button', { name: 'Enroll', exact: true }).click();
  }

  /** Chooses the participant's preferred language on the open enroll or edit form (by its name, e.g. "Español"). */
  chooseLanguage = (name: string) =>
    this.page.getByRole('combobox', { name: 'Preferred language' }).selectOption({ label: name });

  /** The consent text on the enroll form, in whatever language it is read in. */
  consentText = () => this.page.getByRole('region', { name: 'Consent' }).locator('blockquote');

  search = (text: string) => this.page.getByRole('textbox', { name: 'Search by name or alias' }).fill(text);

  /** Rows of the participant table, without the header row. */
  rows = () => this.page.getByRole('table', { name: 'Enrolled participants' }).locator('tbody tr');
}
