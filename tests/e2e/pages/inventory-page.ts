/**
 * The staff console's Inventory section: the stock list, an item's page (receive, hand out,
 * adjust, history) and the count, located by role and label (English unless a method says so).
 */
import { expect } from '@playwright/test';
import { StaffSection } from './staff-section.js';

export class InventoryPage extends StaffSection {
  /** Opens the list from the staff navigation. */
  async openList(): Promise<void> {
    await this.openSection('Inventory');
  }

  /** The list's row for an item (its name, on hand and status). */
  stockRow(name: string) {
    return this.page.getByRole('table', { name: 'Stock on hand' }).getByRole('row', { name: new RegExp(name) });
  }

  /** From the list, opens the item's page by its exact name (in the language shown). */
  async openItem(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.heading(name)).toBeVisible();
  }

  async backToList(label = 'Back to inventory'): Promise<void> {
    await this.page.getByRole('link', { name: label }).click();
  }

  /** The big number beside "On hand" ("Hay") on an item's page. */
  onHand() {
    return this.page.locator('dt', { hasText: /^(On hand|Hay)$/ }).locator('+ dd');
  }

  /** The item's movements, newest first (English or Spanish caption). */
  history(caption = 'Every movement of this item, newest first') {
    return this.page.getByRole('table', { name: caption });
  }

  /** A row of the item's history whose accessible name matches `name`. */
  movement(name: RegExp) {
    return this.history().getByRole('row', { name });
  }

  /** The short "saved" message that confirms an action. */
  confirmation(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** A panel of the item's page: Receive, Hand out, Adjust (or Recibir…). */
  panel(name: string) {
    return this.page.getByRole('region', { name });
  }

  receiveQuantity() {
    return this.panel('Receive').getByRole('textbox', { name: 'How many arrived' });
  }

  /** Receives stock on the item's page: a donation unless `kind` says otherwise. */
  async receive(
    quantity: string | number,
    details: { kind?: 'Donation' | 'Purchase'; source?: string; note?: string } = {},
  ): Promise<void> {
    const receive = this.panel('Receive');
    await this.receiveQuantity().fill(String(quantity));
    if (details.kind) await receive.getByRole('radio', { name: details.kind }).check();
    if (details.source) await receive.getByRole('textbox', { name: 'Source (optional)' }).fill(details.source);
    if (details.note) await receive.getByRole('textbox', { name: 'Note (optional)' }).fill(details.note);
    await receive.getByRole('button', { name: 'Receive' }).click();
  }

  /** "Recibir" on the item's page in Spanish. */
  async receiveInSpanish(quantity: string | number): Promise<void> {
    const receive = this.panel('Recibir');
    await receive.getByRole('textbox', { name: 'Cuántos llegaron' }).fill(String(quantity));
    await receive.getByRole('button', { name: 'Recibir' }).click();
  }

  /** Hands out stock on the item's page (a walk-up). */
  async handOut(quantity: string | number): Promise<void> {
    const handOut = this.panel('Hand out');
    await handOut.getByRole('textbox', { name: 'How many to hand out' }).fill(String(quantity));
    await handOut.getByRole('button', { name: 'Hand out' }).click();
  }

  /** Saves an adjustment; with nothing given, presses Save on the empty form. */
  async adjust(change?: { takeAway: boolean; quantity: number; reason: string; note?: string }): Promise<void> {
    const adjust = this.panel('Adjust');
    if (change) {
      await adjust.getByRole('radio', { name: change.takeAway ? 'Take away from stock' : 'Add to stock' }).check();
      await adjust.getByRole('textbox', { name: 'How many' }).fill(String(change.quantity));
      await adjust.getByRole('radio', { name: change.reason }).check();
      if (change.note) await adjust.getByRole('textbox', { name: 'Note (optional)' }).fill(change.note);
    }
    await adjust.getByRole('button', { name: 'Save adjustment' }).click();
  }

  /** From the list, opens "Count stock". */
  async openCount(): Promise<void> {
    await this.page.getByRole('link', { name: 'Count stock' }).click();
    await expect(this.heading('Count stock')).toBeVisible();
  }

  /** The count's field for one item. */
  countOf(name: string, label = 'Count of') {
    return this.page.getByRole('textbox', { name: `${label} ${name}` });
  }

  countTable() {
    return this.page.getByRole('table', { name: 'Items to count' });
  }

  async saveCount(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save count' }).click();
  }
}
