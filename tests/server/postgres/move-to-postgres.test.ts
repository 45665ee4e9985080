/**
 * Moving a center from SQLite onto PostgreSQL (issue 17): a center made through the real app is
 * copied into a fresh database row for row, keeps its server id, its numbering carries on, and
 * every refusal or failed verification leaves the target as empty as it was.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../server/db/database.js';
import { MIGRATIONS, migrate } from '../../../server/db/migrations.js';
import { openPostgres } from '../../../server/storage/postgres/connect.js';
import {
  type CopyReport,
  CopyVerificationFailed,
  copySqliteToPostgres,
} from '../../../server/storage/postgres/copy-from-sqlite.js';
import { POSTGRES_MIGRATIONS } from '../../../server/storage/postgres/schema.js';
import { createTestDatabase } from '../../support/postgres-database.js';
import {
  connectTarget,
  countTargetRows,
  makeSqliteCenter,
  readPostgresTables,
  readSqliteTables,
  type SqliteCenter,
} from './move-center.js';

let center: SqliteCenter;
let scratch: string;
/** The app tables as the SQLite file has them, read once the server had stopped. */
let sqliteTables: Record<string, Record<string, unknown>[]>;
let tableNames: string[];

beforeAll(async () => {
  center = await makeSqliteCenter();
  scratch = mkdtempSync(path.join(tmpdir(), 'dropin-move-'));
  sqliteTables = readSqliteTables(center.file);
  tableNames = Object.keys(sqliteTables);
}, 180_000);
afterAll(() => {
  center?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the center's file that a test may change. */
function copyOfCenter(name: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir);
  const file = path.join(dir, DATABASE_FILE);
  copyFileSync(center.file, file);
  return file;
}

describe('copying a center into an empty PostgreSQL database', () => {
  let url: string;
  let client: pg.Client;
  let report: CopyReport;

  beforeAll(async () => {
    url = await createTestDatabase('move');
    report = await copySqliteToPostgres({ sqliteFile: center.file, databaseUrl: url });
    client = await connectTarget(url);
  });
  afterAll(async () => {
    await client?.end();
  });

  it('copies every table row for row, bigint columns as the same numbers', async () => {
    expect(tableNames).toEqual([
      'audit_log',
      'devices',
      'meta',
      'ops',
      'pairing_codes',
      'sessions',
      'setup_codes',
      'staff',
      'staff_history',
      'throttle_failures',
      'views',
    ]);
    for (const table of tableNames) expect(sqliteTables[table]?.length, table).toBeGreaterThan(0);
    expect(sqliteTables.ops?.length).toBeGreaterThanOrEqual(center.opCount);

    expect(await readPostgresTables(client, tableNames)).toEqual(sqliteTables);
    const seq = await client.query<{ largest: number }>('SELECT max(device_seq) AS largest FROM ops');
    expect(seq.rows[0]?.largest).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reports each table with its row count, in an order where parents come first', () => {
    const counts = Object.fromEntries(report.tables.map(({ table, rows }) => [table, rows]));
    expect(counts).toEqual(Object.fromEntries(tableNames.map((table) => [table, sqliteTables[table]?.length])));
    const order = report.tables.map(({ table }) => table);
    expect(order.indexOf('staff')).toBeLessThan(order.indexOf('devices'));
    expect(order.indexOf('devices')).toBeLessThan(order.indexOf('sessions'));
    expect(order.indexOf('devices')).toBeLessThan(order.indexOf('audit_log'));
    for (const { sha256 } of report.tables) expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the server id devices know the center by, and PostgreSQL keeps its own migration record', async () => {
    const sourceId = sqliteTables.meta?.find((row) => row.key === 'server_id')?.value;
    expect(sourceId).toMatch(/^[0-9a-f]{32}$/);
    expect(report.serverId).toBe(sourceId);
    const opened = await openPostgres(url, { max: 1 });
    try {
      expect(
        await opened.db.selectFrom('meta').select('value').where('key', '=', 'server_id').executeTakeFirst(),
      ).toEqual({ value: sourceId });
    } finally {
      await opened.close();
    }
    const ledger = await client.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(ledger.rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(report.schemaVersion).toBe(MIGRATIONS.length);
  });

  it('numbers new ops, audit entries and staff history after the copied ones', async () => {
    const largest = async (table: string, column: string) =>
      (await client.query<{ n: number }>(`SELECT max(${column}) AS n FROM ${table}`)).rows[0]?.n ?? 0;
    const copiedCursor = await largest('ops', 'cursor');
    const copiedAudit = await largest('audit_log', 'id');
    const copiedHistory = await largest('staff_history', 'id');

    const op = await client.query<{ cursor: number }>(
      `INSERT INTO ops (id, device_id, device_seq, type, at, body, received_at)
       VALUES ('op_after_move', 'dev_after', 1, 'stock.received', '2026-12-03', '{}', '2026-12-03') RETURNING cursor`,
    );
    expect(op.rows[0]?.cursor).toBe(copiedCursor + 1);
    const audit = await client.query<{ id: number }>(
      `INSERT INTO audit_log (at, action) VALUES ('2026-12-03', 'moved') RETURNING id`,
    );
    expect(audit.rows[0]?.id).toBe(copiedAudit + 1);
    const staffId = sqliteTables.staff?.[0]?.id;
    const history = await client.query<{ id: number }>(
      `INSERT INTO staff_history (staff_id, at, role, active) VALUES ($1, '2026-12-03', 'staff', 1) RETURNING id`,
      [staffId],
    );
    expect(history.rows[0]?.id).toBe(copiedHistory + 1);
  });
});

describe('refusals', () => {
  it('refuses a database that already holds rows, and changes nothing in it', async () => {
    const url = await createTestDatabase('move_full');
    const opened = await openPostgres(url, { max: 1 });
    // A server that ran on this database once keeps its trust-cookie key in meta.
    await opened.db.insertInto('meta').values({ key: 'trust_cookie_key', value: 'k' }).execute();
    await opened.close();
    const client = await connectTarget(url);
    try {
      const before = await readPostgresTables(client, tableNames);
      await expect(copySqliteToPostgres({ sqliteFile: center.file, databaseUrl: url })).rejects.toThrow(
        /not empty \(meta has 1 row\)/,
      );
      expect(await readPostgresTables(client, tableNames)).toEqual(before);
    } finally {
      await client.end();
    }
  });

  it('refuses a copy into a database that a copy has filled already', async () => {
    const url = await createTestDatabase('move_twice');
    await copySqliteToPostgres({ sqliteFile: center.file, databaseUrl: url });
    const client = await connectTarget(url);
    try {
      const before = await readPostgresTables(client, tableNames);
      await expect(copySqliteToPostgres({ sqliteFile: center.file, databaseUrl: url })).rejects.toThrow(
        /not empty \(.*staff has \d+ rows.*ops has \d+ rows/,
      );
      expect(await readPostgresTables(client, tableNames)).toEqual(before);
    } finally {
      await client.end();
    }
  });

  it('refuses a missing SQLite file by its path, before touching PostgreSQL', async () => {
    const url = await createTestDatabase('move_nofile');
    const missing = path.join(scratch, 'no-center', DATABASE_FILE);
    await expect(copySqliteToPostgres({ sqliteFile: missing, databaseUrl: url })).rejects.toThrow(
      `No SQLite database at ${missing}`,
    );
    const client = await connectTarget(url);
    try {
      expect(await countTargetRows(client, ['meta', 'schema_migrations'])).toEqual({ meta: 0, schema_migrations: 0 });
      expect((await client.query("SELECT to_regclass('meta') AS t")).rows[0]?.t).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('refuses an SQLite file at another schema version, saying both versions', async () => {
    const dir = mkdtempSync(path.join(scratch, 'old-'));
    const file = path.join(dir, DATABASE_FILE);
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, 5));
    old.close();
    const url = await createTestDatabase('move_old');
    await expect(copySqliteToPostgres({ sqliteFile: file, databaseUrl: url })).rejects.toThrow(
      `The SQLite database is at schema version 5; this release's PostgreSQL schema is version ${MIGRATIONS.length}.`,
    );
    const client = await connectTarget(url);
    try {
      expect((await client.query("SELECT to_regclass('ops') AS t")).rows[0]?.t).toBeNull();
    } finally {
      await client.end();
    }
  });
});

describe('while the copy runs', () => {
  it('holds every table against writes from elsewhere, and others see none of its rows until it commits', async () => {
    const url = await createTestDatabase('move_locked');
    const other = await connectTarget(url);
    const seen: { write?: unknown; staffRows?: number; writeLocks?: Record<string, unknown> } = {};
    try {
      await copySqliteToPostgres({
        sqliteFile: center.file,
        databaseUrl: url,
        beforeVerify: async () => {
          await other.query("SET lock_timeout = '100ms'");
          seen.write = await other.query(`INSERT INTO audit_log (at, action) VALUES ('2026-12-03', 'sneaked in')`).then(
            () => 'written',
            (error: { code?: string }) => error.code,
          );
          seen.staffRows = Number((await other.query('SELECT count(*) AS n FROM staff')).rows[0]?.n);
          // The lock every INSERT, UPDATE and DELETE takes, asked for on each table without waiting.
          seen.writeLocks = {};
          for (const table of tableNames) {
            await other.query('BEGIN');
            seen.writeLocks[table] = await other.query(`LOCK TABLE ${table} IN ROW EXCLUSIVE MODE NOWAIT`).then(
              () => 'granted',
              (error: { code?: string }) => error.code,
            );
            await other.query('ROLLBACK');
          }
        },
      });
      // 55P03 lock_not_available: the insert waited for the copy's lock and gave up.
      expect(seen).toEqual({
        write: '55P03',
        staffRows: 0,
        writeLocks: Object.fromEntries(tableNames.map((table) => [table, '55P03'])),
      });
      const after = await other.query("SELECT count(*) AS n FROM audit_log WHERE action = 'sneaked in'");
      expect(Number(after.rows[0]?.n)).toBe(0);
    } finally {
      await other.end();
    }
  });
});

describe('verification', () => {
  it('rolls the whole copy back when a row changed in SQLite between copy and check, then a rerun succeeds', async () => {
    const file = copyOfCenter('changed');
    const url = await createTestDatabase('move_mismatch');
    // What a server left running would do: change a row after it was copied.
    const changeOneRow = () => {
      const writer = new BetterSqlite3(file);
      writer.prepare("UPDATE staff SET display_name = 'Sam Changed' WHERE login_name = 'sam'").run();
      writer.close();
    };
    const failed = copySqliteToPostgres({ sqliteFile: file, databaseUrl: url, beforeVerify: changeOneRow });
    await expect(failed).rejects.toThrow(CopyVerificationFailed);
    await expect(failed).rejects.toThrow(/^Verification failed for staff: \d+ rows in SQLite/);

    const client = await connectTarget(url);
    try {
      const counts = await countTargetRows(client, tableNames);
      expect(counts).toEqual(Object.fromEntries(tableNames.map((table) => [table, table === 'meta' ? 2 : 0])));
      const serverId = await client.query("SELECT value FROM meta WHERE key = 'server_id'");
      const sourceId = sqliteTables.meta?.find((row) => row.key === 'server_id')?.value;
      expect(serverId.rows[0]?.value).not.toBe(sourceId);

      // Left empty, so the same database takes the copy once the file stands still.
      await copySqliteToPostgres({ sqliteFile: file, databaseUrl: url });
      expect(await readPostgresTables(client, tableNames)).toEqual(readSqliteTables(file));
    } finally {
      await client.end();
    }
  });
});
