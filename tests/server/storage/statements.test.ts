/**
 * SQLite statements are prepared once per connection (issue 19), and a cached statement comes
 * back in its default mode whoever used it before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepared } from '../../../server/storage/sqlite/statements.js';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dropin-statements-'));
  db = new BetterSqlite3(path.join(dir, 'db.sqlite3'));
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT); INSERT INTO t VALUES ('a', 'x')");
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('prepared statements', () => {
  it('prepares each SQL text once per connection', () => {
    const sql = 'SELECT v FROM t WHERE k = ?';
    expect(prepared(db, sql)).toBe(prepared(db, sql));
    const other = new BetterSqlite3(path.join(dir, 'db.sqlite3'));
    try {
      expect(prepared(other, sql)).not.toBe(prepared(db, sql));
      expect(prepared(other, sql).pluck().get('a')).toBe('x');
    } finally {
      other.close();
    }
  });

  it('hands a statement back in its default mode after a caller plucked it', () => {
    const sql = 'SELECT v FROM t WHERE k = ?';
    expect(prepared(db, sql).pluck().get('a')).toBe('x');
    expect(prepared(db, sql).get('a')).toEqual({ v: 'x' });
  });

  it('runs writes through the same statement each time', () => {
    const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
    prepared(db, insert).run('b', 'y');
    prepared(db, insert).run('c', 'z');
    expect(prepared(db, 'SELECT count(*) FROM t').pluck().get()).toBe(3);
  });
});
