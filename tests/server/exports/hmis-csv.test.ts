/** issue 16 — the HMIS CSV writer: formula cells neutralised, quoting per RFC 4180, CRLF lines, no BOM. */
import { describe, expect, it } from 'vitest';
import { hmisCsv } from '../../../server/exports/hmis-csv.js';

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
