/**
 * CSV files for download: UTF-8 with a byte-order mark (so Excel reads Spanish names right), a
 * header row, and every cell neutralised against formula injection before it is written.
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../../src/core/reports/csv-cells.js';

/** The file's text, BOM first, CRLF line ends (what spreadsheets expect). */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { bom: true, record_delimiter: 'windows' },
  );
}
