/**
 * Server ingest: ops stored per second through the storage call the push handler makes
 * (`storage.ops.push`, on the SQLite storage the server opens: WAL, synchronous=FULL), in
 * batches of 200 (MAX_PUSH_OPS, what a device catching up sends). This is what the issue's
 * "3,266 ops/s" most plausibly measured: over HTTP the push-load row already counts requests,
 * and `bench/sync.bench.ts` stores 200-op batches through the same call.
 *
 * Baseline, same run, same ops: a raw better-sqlite3 batch insert of the same rows into an
 * equivalent `ops` table (same columns, keys and index) in a database of its own, WAL and FULL,
 * one prepared statement, one transaction per 200. Batches alternate between the two, so a
 * busy moment on the machine falls on both. Ratio = server / raw. Records `server-ingest`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../server/db/database.js';
import { sqliteStorage } from '../../server/storage/sqlite/index.js';
import type { Op } from '../../src/core/ops/op.js';
import { benchStaffCaller } from '../support/bench-caller.js';
import { makeOps } from '../support/bench-ops.js';
import { recordFigure } from './support/figure.js';
import { median } from './support/stats.js';

const TOTAL_OPS = 10_000;
const BATCH = 200;

const RAW_SCHEMA = `
  CREATE TABLE ops (
    cursor            INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT NOT NULL UNIQUE,
    device_id         TEXT NOT NULL,
    device_seq        INTEGER NOT NULL,
    type              TEXT NOT NULL,
    at                TEXT NOT NULL,
    actor             TEXT,
    body              TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    pushed_by_device  TEXT,
    pushed_by_staff   TEXT,
    UNIQUE (device_id, device_seq)
  ) STRICT;
  CREATE INDEX ops_by_type ON ops (type, cursor);
`;

test('server ingest beside a raw batch insert of the same rows', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dropin-ingest-bench-'));
  const { db } = openDatabase(path.join(dir, 'server'));
  const storage = sqliteStorage(db);
  const raw = new BetterSqlite3(path.join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(RAW_SCHEMA);
  const insert = raw.prepare(
    `INSERT INTO ops (id, device_id, device_seq, type, at, actor, body, received_at, pushed_by_device, pushed_by_staff)
     VALUES (@id, @deviceId, @seq, @type, @at, @actor, @body, @receivedAt, @pushedByDevice, @pushedByStaff)`,
  );
  const insertBatch = raw.transaction((ops: readonly Op[], receivedAt: string, staffId: string) => {
    for (const op of ops) {
      insert.run({ ...op, body: JSON.stringify(op), receivedAt, pushedByDevice: null, pushedByStaff: staffId });
    }
  });

  try {
    const { staff, caller } = await benchStaffCaller(storage);

    const batches = Array.from({ length: TOTAL_OPS / BATCH }, () => makeOps(staff.id, BATCH));
    const serverMs: number[] = [];
    const rawMs: number[] = [];
    let accepted = 0;
    for (const [index, ops] of batches.entries()) {
      // Alternate which goes first, so neither always follows the other's fsync.
      const runServer = async () => {
        const began = performance.now();
        const stored = await storage.ops.push({ ops, pusher: caller, now: new Date() });
        serverMs.push(performance.now() - began);
        accepted += stored.accepted;
      };
      const runRaw = () => {
        const began = performance.now();
        insertBatch(ops, new Date().toISOString(), staff.id);
        rawMs.push(performance.now() - began);
      };
      if (index % 2 === 0) {
        await runServer();
        runRaw();
      } else {
        runRaw();
        await runServer();
      }
    }
    if (accepted !== TOTAL_OPS) throw new Error(`only ${accepted} of ${TOTAL_OPS} ops were accepted`);

    const sum = (samples: readonly number[]) => samples.reduce((total, ms) => total + ms, 0);
    const serverRate = TOTAL_OPS / (sum(serverMs) / 1000);
    const rawRate = TOTAL_OPS / (sum(rawMs) / 1000);
    const ratio = serverRate / rawRate;
    recordFigure('server-ingest', {
      measured: {
        value: serverRate,
        unit: 'ops/s',
        note: `storage.ops.push, ${TOTAL_OPS.toLocaleString('en-US')} ops in batches of ${BATCH}, median batch ${median(serverMs).toFixed(1)} ms`,
      },
      baseline: {
        value: rawRate,
        unit: 'ops/s',
        note: `median batch ${median(rawMs).toFixed(1)} ms`,
      },
      met: ratio >= 0.3,
      ratio,
      details: { totalOps: TOTAL_OPS, batch: BATCH, serverMs, rawMs },
    });
  } finally {
    await storage.close();
    raw.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
