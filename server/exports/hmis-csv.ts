/** One HMIS file as CSV text: CRLF lines, quoted where needed, formula cells neutralised, no BOM. */
import { stringify } from 'csv-stringify/sync';
import type { HmisFile } from '../../src/core/exports/hmis/export.js';
import { neutraliseCell } from '../../src/core/reports/csv-cells.js';

/**
 * The file as CSV. No byte-order mark: HMIS import tools read the header's first column name
 * literally, and the CSV specification asks for plain UTF-8 (the report files carry one for Excel).
 */
export function hmisCsv(file: HmisFile): string {
  return stringify(
    [file.columns, ...file.rows].map((row) => row.map(neutraliseCell)),
    { bom: false, record_delimiter: 'windows' },
  );
}
