/**
 * Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return can run as a formula in Excel or Sheets, so it gets a leading `'` and reads as text.
 * See https://owasp.org/www-community/attacks/CSV_Injection
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text that a spreadsheet will not evaluate. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
