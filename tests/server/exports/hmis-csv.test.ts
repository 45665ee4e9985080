/** issue 16 — the HMIS CSV writer: formula cells neutralised, quoting per RFC 4180, CRLF lines, no BOM. */
import { describe, expect, it } from 'vitest';
import { hmisCsv } from '../../../server/exports/hmis-csv.js';
import { neutraliseHmisFormulaCell } from '../../../server/exports/hmis-formula-cells.js';

describe('neutraliseHmisFormulaCell', () => {
  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and leaves others alone', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseHmisFormulaCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['José', '2026-11-20', '144', '', "O'Brien", 'a=b']) {
      expect(neutraliseHmisFormulaCell(cell)).toBe(cell);
    }
  });
});

describe('hmisCsv', () => {
  it('writes the header and rows with CRLF, quoting cells with commas, quotes or line breaks', () => {
    const text = hmisCsv({
      name: 'Client.csv',
      columns: ['PersonalID', 'FirstName'],
      rows: [
        ['p1', 'Ana, "la flaca"'],
        ['p2', '=1+1'],
      ],
    });
    expect(text).toBe('PersonalID,FirstName\r\np1,"Ana, ""la flaca"""\r\np2,\'=1+1\r\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
