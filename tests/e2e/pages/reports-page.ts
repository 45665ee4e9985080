/** The Reports page: its range picker, a section per figure, charts, table views and CSV links. */
import { expect, type Locator } from '@playwright/test';
import { StaffSection } from './staff-section.js';

export class ReportsPage extends StaffSection {
  async open(): Promise<void> {
    await this.openSection('Reports');
  }

  /** Picks a range (Today, This week, Last month, Custom, or the Spanish words). */
  async chooseRange(name: string): Promise<void> {
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  /** Shows one site's figures, or every site's ("All sites"; the label in the page's language). */
  async chooseSite(name: string, label = 'Site'): Promise<void> {
    await this.page.getByRole('main').getByRole('combobox', { name: label, exact: true }).selectOption({ label: name });
  }

  /** Asks for a custom range (dates as YYYY-MM-DD; labels in English). */
  async customRange(from: string, to: string): Promise<void> {
    await this.chooseRange('Custom');
    await this.page.getByRole('textbox', { name: 'From', exact: true }).fill(from);
    await this.page.getByRole('textbox', { name: 'To', exact: true }).fill(to);
    await this.page.getByRole('button', { name: 'Show report' }).click();
  }

  /** A figure's section, by its heading (e.g. "Visits per day"). */
  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The section's chart (a picture named after the section) and its canvas. */
  chart(section: string | RegExp): Locator {
    return this.section(section).getByRole('img', { name: section }).locator('canvas');
  }

  /** A chart's picture in a section, by its name (the section's own, or a bar chart's in it). */
  picture(section: string | RegExp, name: string | RegExp = section): Locator {
    return this.section(section).getByRole('img', { name, exact: true });
  }

  /** Opens "Show as table" under a chart and answers the table. */
  async showTable(section: string | RegExp, toggle = 'Show as table'): Promise<Locator> {
    await this.section(section).getByText(toggle, { exact: true }).click();
    const table = this.section(section).getByRole('table', { name: section, exact: true });
    await expect(table).toBeVisible();
    return table;
  }

  /** A table row by its first cell (an item's or a day's name). */
  row(section: string | RegExp, first: string | RegExp): Locator {
    return this.section(section)
      .getByRole('table', { name: section, exact: true })
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: first }),
      });
  }

  csvLink(section: string): Locator {
    return this.section(section).getByRole('link', { name: `Download “${section}” as CSV` });
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
