/**
 * issue 16 — HMIS: cells a spreadsheet would run as a formula get a leading apostrophe. The
 * reports work has its own CSV neutraliser; the two are to be merged into one.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell with `'` in front when it starts with = + - @ tab or CR, else unchanged. */
export function neutraliseHmisFormulaCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
