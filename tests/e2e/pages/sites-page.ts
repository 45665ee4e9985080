/**
 * The staff console's Sites section (admins): the program's sites, the add form and each site's
 * edit form, located by role and label (English labels unless told).
 */
import { expect } from '@playwright/test';
import { StaffSection } from './staff-section.js';

export interface SiteDetails {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
}

export class SitesPage extends StaffSection {
  async open(name = 'Sites'): Promise<void> {
    await this.openSection(name);
  }

  /** One site in the list, by its name (its heading). */
  site(name: string) {
    return this.page.getByRole('article', { name, exact: true });
  }

  addForm() {
    return this.page.getByRole('region', { name: 'Add a site' });
  }

  /** Fills the name, address and phone of `form` (any of them may be left as it is). */
  async fill(form: ReturnType<SitesPage['addForm']>, details: Partial<SiteDetails>): Promise<void> {
    if (details.name !== undefined) await form.getByRole('textbox', { name: 'Site name' }).fill(details.name);
    if (details.address !== undefined) await form.getByRole('textbox', { name: 'Address' }).fill(details.address);
    if (details.phone !== undefined) await form.getByRole('textbox', { name: 'Phone' }).fill(details.phone);
  }

  /** Adds a site through the form and waits for it in the list. */
  async add(details: SiteDetails): Promise<void> {
    await this.fill(this.addForm(), details);
    await this.addForm().getByRole('button', { name: 'Add site' }).click();
    await expect(this.status(`Added ${details.name}.`)).toBeVisible();
    await expect(this.site(details.name)).toBeVisible();
  }

  /** Opens the site's edit form, changes what is given, and saves. */
  async edit(name: string, changes: Partial<SiteDetails>): Promise<void> {
    await this.site(name)
      .getByRole('button', { name: `Edit ${name}` })
      .click();
    const form = this.page.getByRole('region', { name: `Change ${name}` });
    await this.fill(form, changes);
    await form.getByRole('button', { name: 'Save changes' }).click();
  }

  status(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
