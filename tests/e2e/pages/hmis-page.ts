/**
 * issue 16 — HMIS: the HMIS consent question on the enrol form, an item's HMIS service code, and
 * the "HMIS export" panel on Catalog and hours, in English or Spanish, by role and label.
 */

import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { followSection } from './staff-nav.js';

const WORDS = {
  en: {
    catalog: 'Catalog and hours',
    consent: /agreed that their name, birth date and services go to the county’s HMIS/,
    codeRegion: 'HMIS service code',
    recordType: 'RecordType',
    typeProvided: 'TypeProvided',
    saveCode: 'Save HMIS code',
    codeSaved: 'HMIS code saved.',
    panel: 'HMIS export',
    from: 'First day',
    to: 'Last day',
    download: 'Download HMIS export',
    done: 'HMIS export downloaded.',
  },
  es: {
    catalog: 'Catálogo y horario',
    consent: /aceptó que su nombre, su fecha de nacimiento y sus servicios se envíen al HMIS del condado/,
    codeRegion: 'Código de servicio del HMIS',
    recordType: 'RecordType (tipo de registro)',
    typeProvided: 'TypeProvided (tipo de servicio)',
    saveCode: 'Guardar código del HMIS',
    codeSaved: 'Código del HMIS guardado.',
    panel: 'Exportación al HMIS',
    from: 'Primer día',
    to: 'Último día',
    download: 'Descargar exportación al HMIS',
    done: 'Exportación al HMIS descargada.',
  },
} as const;

/** The zip's files by name, as text. */
export type HmisZip = Record<string, string>;

export class HmisPage {
  readonly words: (typeof WORDS)['en' | 'es'];

  constructor(
    readonly page: Page,
    language: 'en' | 'es' = 'en',
  ) {
    this.words = WORDS[language];
  }

  /** The HMIS consent checkbox on the open enrol or edit form. */
  consent() {
    return this.page.getByRole('checkbox', { name: this.words.consent });
  }

  /** On an item's page: types its HMIS RecordType and TypeProvided and saves them. */
  async setItemCode(recordType: string, typeProvided: string): Promise<void> {
    const region = this.page.getByRole('region', { name: this.words.codeRegion });
    await region.getByRole('textbox', { name: this.words.recordType }).fill(recordType);
    await region.getByRole('textbox', { name: this.words.typeProvided }).fill(typeProvided);
    await region.getByRole('button', { name: this.words.saveCode }).click();
    await expect(region.getByText(this.words.codeSaved)).toBeVisible();
  }

  /** The export panel on Catalog and hours. */
  panel() {
    return this.page.getByRole('region', { name: this.words.panel });
  }

  async openPanel(): Promise<void> {
    await followSection(this.page, this.words.catalog);
    await expect(this.panel()).toBeVisible();
  }

  /** Sets the range, presses Download, and reads the downloaded zip. */
  async download(from: string, to: string): Promise<HmisZip> {
    const panel = this.panel();
    await panel.getByLabel(this.words.from).fill(from);
    await panel.getByLabel(this.words.to).fill(to);
    const downloaded = this.page.waitForEvent('download');
    await panel.getByRole('button', { name: this.words.download }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`hmis-${from}-to-${to}.zip`);
    await expect(panel.getByText(this.words.done)).toBeVisible();
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
  }
}
