/**
 * What our durability choice costs: the server stores each pushed op in its own transaction with
 * synchronous=FULL (an acknowledged op survives a power cut). Baseline: synchronous=NORMAL, which
 * is WAL's usual setting and may lose the last transactions on power loss. Same run, same disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'dropin-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function opStore(synchronous: 'FULL' | 'NORMAL') {
  const db = new BetterSqlite3(path.join(dir, `${synchronous}.sqlite3`));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(
    'CREATE TABLE ops (id TEXT PRIMARY KEY, device TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL) STRICT',
  );
  const insert = db.prepare('INSERT OR IGNORE INTO ops (id, device, seq, body) VALUES (?, ?, ?, ?)');
  let seq = 0;
  const body = JSON.stringify({ type: 'request.created', items: [{ item: 'blanket', quantity: 1 }] });
  return () => {
    seq += 1;
    db.transaction(() => insert.run(`op-${seq}`, 'kiosk-a', seq, body))();
  };
}

describe('store one pushed op per transaction', () => {
  const normal = opStore('NORMAL');
  const full = opStore('FULL');
  bench('synchronous=NORMAL (baseline)', normal, { time: 1000 });
  bench('synchronous=FULL (what the server uses)', full, { time: 1000 });
});
