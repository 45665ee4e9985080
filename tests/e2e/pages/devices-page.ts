/**
 * The staff console's Devices section: make a pairing code for a new tablet or laptop (at a site,
 * when there are several), see the paired devices, revoke one (English labels).
 */
import { expect, type Page } from '@playwright/test';
import { followSection } from './staff-nav.js';

export type DeviceKind = 'Kiosk tablet' | 'Staff laptop or tablet' | 'Lobby display';

export class DevicesPage {
  constructor(readonly page: Page) {}

  /** Opens the section from the staff navigation. */
  async open(): Promise<void> {
    await followSection(this.page, 'Devices');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  }

  /** Makes a pairing code for a new device (at the site named, if given) and returns the code shown (e.g. "AB12-CD34"). */
  async pair(name: string, kind: DeviceKind = 'Kiosk tablet', site?: string): Promise<string> {
    await this.page.getByRole('textbox', { name: 'Device name' }).fill(name);
    await this.page.getByRole('radio', { name: kind }).check();
    if (site) await this.page.getByRole('main').getByRole('combobox', { name: 'Site' }).selectOption({ label: site });
    await this.page.getByRole('button', { name: 'Make a pairing code' }).click();
    const card = this.codeCard(name);
    // The code itself has no role or label of its own: it is the card's large text.
    const code = card.locator('.pairing-code__code');
    await expect(code).toHaveText(/\S/);
    return ((await code.textContent()) ?? '').trim();
  }

  /** The card showing a fresh code for the device named. */
  codeCard(name: string) {
    return this.page.getByRole('region', { name: `Pairing code for ${name}` });
  }

  /** The device's row in the list of paired devices. */
  row(name: string) {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  /** Revokes the device and confirms. */
  async revoke(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Revoke ${name}` }).click();
    await this.page.getByRole('button', { name: 'Yes, revoke' }).click();
  }
}
