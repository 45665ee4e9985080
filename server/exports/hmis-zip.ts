/** issue 16 — HMIS: the export's files, and README.txt, as one zip (fflate, in memory: a few MB at most). */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { HmisExport } from '../../src/core/exports/hmis/export.js';
import { hmisCsv } from './hmis-csv.js';

/** The zip's bytes: each CSV file under its HUD name, then README.txt. */
export function hmisZip(built: HmisExport, at: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of built.files) entries[file.name] = [strToU8(hmisCsv(file)), { mtime: at }];
  entries['README.txt'] = [strToU8(built.note), { mtime: at }];
  return zipSync(entries, { level: 6 });
}
