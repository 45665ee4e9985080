/**
 * The staff console's "Catalog and hours" section: the items in kiosk order, the add and edit
 * forms, retired items, and the opening hours, located by role and label (English labels).
 */
import { expect } from '@playwright/test';
import { StaffSection } from './staff-section.js';

export interface NewItem {
  en: string;
  es?: string;
  /** The picture's radio label, e.g. "Shirt". */
  picture: string;
  /** The category's option label, e.g. "Clothing". */
  category: string;
  service?: boolean;
  limit?: string;
  discreet?: boolean;
}

export class CatalogPage extends StaffSection {
  /** Opens the section from the staff navigation. */
  async open(): Promise<void> {
    await this.openSection('Catalog and hours');
  }

  /** The active items, in the order the kiosk shows them. */
  items() {
    return this.page.getByRole('table', { name: 'Items on the kiosk, in kiosk order' });
  }

  /** The names of the active items, in kiosk order. */
  itemNames() {
    return this.items().getByRole('rowheader').allTextContents();
  }

  /** A row (of any table in the section) that mentions the item. */
  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  status(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Opens the empty "Add an item" form. */
  async startAdding(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add an item' }).click();
    await expect(this.heading('Add an item')).toBeVisible();
  }

  englishName() {
    return this.page.getByLabel('Name in English');
  }

  spanishName() {
    return this.page.getByLabel('Name in Spanish');
  }

  perVisitLimit() {
    return this.page.getByLabel('Per-visit limit (optional)');
  }

  async choosePicture(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async chooseCategory(label: string): Promise<void> {
    await this.page.getByLabel('Category').selectOption({ label });
  }

  /** Presses "Add item" on the form as it is. */
  async submitNewItem(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add item' }).click();
  }

  /** Fills "Add an item" and saves it; returns the new item's id (from its Edit link). */
  async addItem(item: NewItem): Promise<string> {
    await this.startAdding();
    await this.englishName().fill(item.en);
    if (item.es) await this.spanishName().fill(item.es);
    await this.choosePicture(item.picture);
    await this.chooseCategory(item.category);
    if (item.service) await this.page.getByRole('radio', { name: 'Service' }).check();
    if (item.limit) await this.perVisitLimit().fill(item.limit);
    if (item.discreet) await this.page.getByLabel('Discreet: asked for privately').check();
    await this.submitNewItem();
    await expect(this.status(`Added ${item.en}.`)).toBeVisible();
    const href = await this.page.getByRole('link', { name: `Edit ${item.en}` }).getAttribute('href');
    return href?.split('/').pop() ?? '';
  }

  /** Opens the item's edit form from the list. */
  async edit(name: string): Promise<void> {
    await this.page.getByRole('link', { name: `Edit ${name}` }).click();
  }

  async saveChanges(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }

  async moveUp(name: string): Promise<void> {
    await this.moveUpButton(name).click();
  }

  moveUpButton(name: string) {
    return this.page.getByRole('button', { name: `Move up ${name}` });
  }

  /** On the item's edit form: "Retire item". */
  async retire(): Promise<void> {
    await this.page.getByRole('button', { name: 'Retire item' }).click();
  }

  retired() {
    return this.page.getByRole('region', { name: 'Retired' });
  }

  async bringBack(name: string): Promise<void> {
    await this.retired()
      .getByRole('button', { name: `Bring back ${name}` })
      .click();
  }

  hours() {
    return this.page.getByRole('region', { name: 'Opening hours' });
  }

  /** One weekday's fields in "Opening hours", e.g. "Monday". */
  day(name: string) {
    return this.hours().getByRole('group', { name });
  }

  async saveHours(): Promise<void> {
    await this.hours().getByRole('button', { name: 'Save hours' }).click();
  }
}
