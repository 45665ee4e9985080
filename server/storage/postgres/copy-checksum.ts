/**
 * The SHA-256 that proves a copied table equal on both engines (move-to-postgres): fed the same
 * rows in the same key order, from SQLite or from PostgreSQL, it gives the same hex digest.
 */
import { createHash, type Hash } from 'node:crypto';

/** A value as both engines hand it to us: text, a (safe) integer, or NULL. */
export type CellValue = string | number | null;

/**
 * One row's bytes: its values as a JSON array and a newline. JSON keeps every distinction that
 * matters (1 and '1', null and 'null', ['a,b'] and ['a', 'b']) and escapes the newline that ends
 * the row, so two different tables can never be fed the same bytes.
 */
function rowBytes(row: readonly CellValue[]): string {
  for (const value of row) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`A copied value must be text, a number or null, not ${typeof value}`);
    }
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      // The schema holds only integers; a float or a lossy number would hash differently per engine.
      throw new TypeError(`A copied number must be a safe integer, not ${value}`);
    }
  }
  return `${JSON.stringify(row)}\n`;
}

/** Adds rows one page at a time; `digest()` once at the end. */
export class RowChecksum {
  private readonly hash: Hash = createHash('sha256');
  private added = 0;

  add(rows: readonly (readonly CellValue[])[]): void {
    for (const row of rows) {
      this.hash.update(rowBytes(row), 'utf8');
      this.added += 1;
    }
  }

  /** How many rows went in. */
  get rows(): number {
    return this.added;
  }

  /** The lowercase hex SHA-256 of every row added, in the order added. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The checksum of rows already in memory. */
export function checksumOfRows(rows: readonly (readonly CellValue[])[]): string {
  const checksum = new RowChecksum();
  checksum.add(rows);
  return checksum.digest();
}
