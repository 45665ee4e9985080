/**
 * The checksum move-to-postgres compares both engines by, and the INSERT size it copies in: the
 * digest is pinned to a spelled-out byte format, tells apart every pair of rows that differ, and a
 * batch never passes PostgreSQL's parameter limit.
 */
import { describe, expect, it } from 'vitest';
import { type CellValue, checksumOfRows, RowChecksum } from '../../../server/storage/postgres/copy-checksum.js';
import { MAX_PARAMETERS, rowsPerInsert } from '../../../server/storage/postgres/copy-plan.js';

describe('the row checksum', () => {
  it('is the SHA-256 of each row as a JSON array and a newline (vectors from sha256sum)', () => {
    expect(checksumOfRows([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // printf '[1,"a",null]\n' | sha256sum
    expect(checksumOfRows([[1, 'a', null]])).toBe('bb4a5da26b1714551daac2e0154be49c8556b4da35bff3388eeac86513887de2');
    // printf '["Jos\xc3\xa9",9007199254740991]\n["x\\ny",null]\n' | sha256sum
    expect(
      checksumOfRows([
        ['José', Number.MAX_SAFE_INTEGER],
        ['x\ny', null],
      ]),
    ).toBe('6c5791fbd8dcfc9cc178b3892e36d21114c83059a20690e8492f0b09cdf3f474');
  });

  it('gives the same digest fed page by page as all at once, and counts the rows', () => {
    const rows: CellValue[][] = Array.from({ length: 25 }, (_, i) => [i, `row ${i}`, i % 3 === 0 ? null : 'x']);
    const paged = new RowChecksum();
    for (let start = 0; start < rows.length; start += 7) paged.add(rows.slice(start, start + 7));
    expect(paged.rows).toBe(25);
    expect(paged.digest()).toBe(checksumOfRows(rows));
  });

  it('tells apart rows that differ only in type, in where a value ends, in order or in one character', () => {
    const variants: CellValue[][][] = [
      [[1]],
      [['1']],
      [[null]],
      [['null']],
      [['']],
      [['a,b']],
      [['a', 'b']],
      [['ab', '']],
      [['a'], ['b']],
      [['b'], ['a']],
      [['a\nb']],
      [['café']],
      [['cafe']],
      [[]],
    ];
    const digests = variants.map((rows) => checksumOfRows(rows));
    expect(new Set(digests).size).toBe(variants.length);
  });

  it('refuses a value neither engine would hand over the same way', () => {
    expect(() => checksumOfRows([[1.5]])).toThrow(/safe integer/);
    expect(() => checksumOfRows([[2 ** 53]])).toThrow(/safe integer/);
    expect(() => checksumOfRows([[Buffer.from('x') as unknown as CellValue]])).toThrow(/text, a number or null/);
  });
});

describe('rows per INSERT', () => {
  it('stays within PostgreSQL’s parameter limit for any width of table, at most 500 rows', () => {
    for (const columns of [1, 2, 11, 131, 132, 500, 1600]) {
      const rows = rowsPerInsert(columns);
      expect(rows).toBeGreaterThanOrEqual(1);
      expect(rows).toBeLessThanOrEqual(500);
      expect(rows * columns).toBeLessThanOrEqual(MAX_PARAMETERS);
    }
    expect(rowsPerInsert(11)).toBe(500);
    expect(rowsPerInsert(200)).toBe(327);
  });
});
