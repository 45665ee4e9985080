/** The staff console's Staff accounts section (admins): each account's row, and the sites it may act for. */
import { expect } from '@playwright/test';
import { StaffSection } from './staff-section.js';

export class AccountsPage extends StaffSection {
  async open(): Promise<void> {
    await this.openSection('Staff accounts');
  }

  /** Adds a staff member (role: staff) through "Add staff member" and waits for their row. */
  async add(name: string, loginName: string, secret: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Add staff member' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await form.getByRole('textbox', { name: 'Sign-in name' }).fill(loginName);
    await form.getByLabel('PIN or password', { exact: true }).fill(secret);
    await form.getByRole('button', { name: 'Add staff member' }).click();
    await expect(this.row(name)).toBeVisible();
  }

  /** The account's row, by the person's name. */
  row(name: string) {
    return this.page.getByRole('row', { name: new RegExp(name) }).first();
  }

  /** Ticks exactly these sites for the account (none: every site) and saves. */
  async limitToSites(name: string, sites: readonly string[], all: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Choose sites ${name}` }).click();
    const group = this.page.getByRole('group', { name: `Sites ${name} may act for` });
    for (const site of all)
      await group.getByRole('checkbox', { name: site, exact: true }).setChecked(sites.includes(site));
    await this.page.getByRole('button', { name: 'Save sites' }).click();
  }

  status(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
