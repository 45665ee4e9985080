/** issue 16 — HMIS: one file of rows as CSV text (RFC 4180: CRLF, quoted where needed), formula cells neutralised. */
import type { HmisFile } from '../../src/core/exports/hmis/export.js';
import { neutraliseHmisFormulaCell } from './hmis-formula-cells.js';

function quoted(cell: string): string {
  const safe = neutraliseHmisFormulaCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The file as CSV. No byte-order mark: HMIS import tools read the header's first column name
 * literally, and the CSV specification asks for plain UTF-8.
 */
export function hmisCsv(file: HmisFile): string {
  return [file.columns, ...file.rows].map((row) => `${row.map(quoted).join(',')}\r\n`).join('');
}
