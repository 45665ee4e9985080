/** The staff console. */
import type { Page } from '@playwright/test';
import { followSection } from './staff-nav.js';

export class StaffPage {
  constructor(readonly page: Page) {}

  async open(path = '/staff'): Promise<void> {
    await this.page.goto(path);
  }

  async signIn(loginName: string, secret: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Sign-in name' }).fill(loginName);
    await this.page.getByLabel('PIN or password').fill(secret);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  navigation(name: string | RegExp) {
    return this.page.getByRole('navigation', { name });
  }

  /** A link in the navigation row (the admin sections and Devices are under "More": see `openSection`). */
  section(name: string) {
    return this.navigation('Staff sections').getByRole('link', { name });
  }

  /** Follows the navigation to a section, opening "More" first for those under it. */
  openSection(name: string): Promise<void> {
    return followSection(this.page, name);
  }

  /** "Working at" in the header: the site being worked on (only when the program has several). */
  sitePicker() {
    return this.page.getByRole('banner').getByRole('combobox', { name: /^(Working at|Sede de trabajo)$/ });
  }

  /** Works on another site, by its name. */
  async workAt(site: string): Promise<void> {
    await this.sitePicker().selectOption({ label: site });
  }

  updatePrompt() {
    return this.page.getByRole('status').filter({ hasText: /new version/i });
  }

  async reloadForUpdate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reload now' }).click();
  }
}
