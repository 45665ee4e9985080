import { statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../server/db/database.js';
import { MIGRATIONS, type Migration, MigrationError, migrate, schemaVersion } from '../../server/db/migrations.js';
import { makeTempDir } from './support/test-server.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDataDir(): string {
  const temp = makeTempDir('dropin-db-');
  cleanups.push(temp.remove);
  return path.join(temp.dir, 'nested', 'data');
}

function memoryDb() {
  const db = new BetterSqlite3(':memory:');
  cleanups.push(() => db.close());
  return db;
}

describe('openDatabase', () => {
  it('creates the data folder (private to the server user) and a migrated SQLite file in WAL mode', () => {
    const dataDir = tempDataDir();
    const { db, file, migrated } = openDatabase(dataDir);
    try {
      expect(file).toBe(path.join(dataDir, DATABASE_FILE));
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(migrated).toEqual({ from: 0, to: MIGRATIONS.length });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      closeDatabase(db);
    }
  });

  it('keeps data across restarts and does not migrate twice', () => {
    const dataDir = tempDataDir();
    const first = openDatabase(dataDir);
    const serverId = first.db.prepare("SELECT value FROM meta WHERE key = 'server_id'").pluck().get();
    closeDatabase(first.db);

    const second = openDatabase(dataDir);
    try {
      expect(second.migrated).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
      expect(second.db.prepare("SELECT value FROM meta WHERE key = 'server_id'").pluck().get()).toBe(serverId);
      expect(serverId).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      closeDatabase(second.db);
    }
  });
});

describe('migrate', () => {
  const one: Migration = { version: 1, name: 'one', up: 'CREATE TABLE a (x INTEGER) STRICT;' };
  const two: Migration = { version: 2, name: 'two', up: 'CREATE TABLE b (y INTEGER) STRICT;' };

  it('applies only migrations newer than the database, in order', () => {
    const db = memoryDb();
    expect(migrate(db, [one])).toEqual({ from: 0, to: 1 });
    expect(migrate(db, [one, two])).toEqual({ from: 1, to: 2 });
    expect(migrate(db, [one, two])).toEqual({ from: 2, to: 2 });
    const names = db.prepare('SELECT name FROM schema_migrations ORDER BY version').pluck().all();
    expect(names).toEqual(['one', 'two']);
  });

  it('rolls a failing migration back completely and records nothing', () => {
    const db = memoryDb();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: 'CREATE TABLE c (z INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);',
    };
    migrate(db, [one]);
    expect(() => migrate(db, [one, broken])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'c'").all();
    expect(tables).toEqual([]);
  });

  it('refuses a database newer than the server, with advice', () => {
    const db = memoryDb();
    migrate(db, [one, two]);
    expect(() => migrate(db, [one])).toThrow(MigrationError);
    expect(() => migrate(db, [one])).toThrow(/newer than this server knows/);
  });

  it('rejects a migration list with gaps or duplicates before touching the database', () => {
    const db = memoryDb();
    expect(() => migrate(db, [two])).toThrow(/should be version 1/);
    expect(() => migrate(db, [one, one])).toThrow(/should be version 2/);
    expect(schemaVersion(db)).toBe(0);
  });

  it('reads version 0 from an empty database without writing to it', () => {
    const db = memoryDb();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
  });
});

describe('migration 5 (session and staff history)', () => {
  it('gives accounts made before it a history: their role since creation, and when they were disabled', () => {
    const db = memoryDb();
    migrate(db, MIGRATIONS.slice(0, 4));
    const insert = db.prepare(
      'INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('staff_old_admin', 'Ana', 'ana', 'admin', 'x', '2026-10-01T16:00:00.000Z', null);
    insert.run('staff_old_gone', 'Ben', 'ben', 'staff', 'x', '2026-10-02T16:00:00.000Z', '2026-11-01T16:00:00.000Z');
    migrate(db);
    expect(db.prepare('SELECT staff_id, at, role, active FROM staff_history ORDER BY staff_id, at').all()).toEqual([
      { staff_id: 'staff_old_admin', at: '2026-10-01T16:00:00.000Z', role: 'admin', active: 1 },
      { staff_id: 'staff_old_gone', at: '2026-10-02T16:00:00.000Z', role: 'staff', active: 1 },
      { staff_id: 'staff_old_gone', at: '2026-11-01T16:00:00.000Z', role: 'staff', active: 0 },
    ]);
  });
});

describe('migration 6 (lobby display devices)', () => {
  it('lets devices and pairing codes be displays, keeping every row and the foreign keys', () => {
    const db = memoryDb();
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare(
      "INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at) VALUES ('staff_1', 'Ana', 'ana', 'admin', 'x', '2026-10-01T16:00:00.000Z')",
    ).run();
    db.prepare(
      "INSERT INTO devices (id, name, role, token_hash, paired_by, paired_at, ticket_letter) VALUES ('device_1', 'Lobby tablet', 'kiosk', 'hash1', 'staff_1', '2026-10-02T16:00:00.000Z', 'A')",
    ).run();
    db.prepare(
      "INSERT INTO sessions (token_hash, staff_id, device_id, created_at, last_seen_at) VALUES ('s1', 'staff_1', 'device_1', '2026-10-02T17:00:00.000Z', '2026-10-02T17:00:00.000Z')",
    ).run();
    db.prepare(
      "INSERT INTO pairing_codes (code_hash, name, role, created_by, expires_at) VALUES ('c1', 'Laptop', 'staff', 'staff_1', '2026-10-02T18:00:00.000Z')",
    ).run();
    const display =
      "INSERT INTO devices (id, name, role, token_hash, paired_at) VALUES ('device_2', 'Screen', 'display', 'hash2', '2026-11-01T16:00:00.000Z')";
    expect(() => db.prepare(display).run()).toThrow(/CHECK/);

    expect(migrate(db)).toEqual({ from: 5, to: MIGRATIONS.length });
    expect(db.prepare('SELECT id, name, role, ticket_letter FROM devices').all()).toEqual([
      { id: 'device_1', name: 'Lobby tablet', role: 'kiosk', ticket_letter: 'A' },
    ]);
    expect(db.prepare('SELECT code_hash, role FROM pairing_codes').all()).toEqual([{ code_hash: 'c1', role: 'staff' }]);
    db.prepare(display).run();
    db.prepare(
      "INSERT INTO pairing_codes (code_hash, name, role, created_by, expires_at) VALUES ('c2', 'Screen', 'display', 'staff_1', '2026-11-02T18:00:00.000Z')",
    ).run();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db
        .prepare(
          "INSERT INTO sessions (token_hash, staff_id, device_id, created_at, last_seen_at) VALUES ('s2', 'staff_1', 'no_such_device', 'x', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare("INSERT INTO devices (id, name, role, token_hash, paired_at) VALUES ('d3', 'X', 'tv', 'h3', 'x')")
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('migration 7 (throttle failures)', () => {
  it('adds the failure counts to a database at version 6, strict about their columns', () => {
    const db = memoryDb();
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toEqual({ from: 6, to: 7 });
    const insert = db.prepare(
      'INSERT INTO throttle_failures (pool, key, at, from_address, expires_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run('code', 'k', 1_764_270_000_000, '10.0.0.1', 1_764_270_300_000);
    expect(db.prepare('SELECT pool, key, at, from_address, expires_at FROM throttle_failures').all()).toEqual([
      { pool: 'code', key: 'k', at: 1_764_270_000_000, from_address: '10.0.0.1', expires_at: 1_764_270_300_000 },
    ]);
    expect(() => insert.run('code', 'k', '2026-11-27T19:00:00.000Z', '10.0.0.1', 1)).toThrow(/cannot store TEXT/);
    expect(() => insert.run('code', 'k', 1, null, 1)).toThrow(/NOT NULL/);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'throttle_failures' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['throttle_failures_by_expiry', 'throttle_failures_by_key_at']);
  });

  it('puts every device, pairing code and account of a database at version 7 at the first site', () => {
    const db = memoryDb();
    migrate(db, MIGRATIONS.slice(0, 7));
    const at = '2026-11-27T19:00:00.000Z';
    db.prepare(
      "INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at) VALUES ('s1', 'Ana', 'ana', 'admin', 'h', ?)",
    ).run(at);
    db.prepare(
      "INSERT INTO devices (id, name, role, token_hash, paired_by, paired_at, ticket_letter) VALUES ('d1', 'Lobby', 'kiosk', 't', 's1', ?, 'A')",
    ).run(at);
    db.prepare(
      "INSERT INTO pairing_codes (code_hash, name, role, created_by, expires_at) VALUES ('c', 'Desk', 'staff', 's1', ?)",
    ).run(at);
    expect(migrate(db)).toEqual({ from: 7, to: MIGRATIONS.length });
    expect(db.prepare('SELECT site_id FROM devices').pluck().all()).toEqual(['site-main']);
    expect(db.prepare('SELECT site_id FROM pairing_codes').pluck().all()).toEqual(['site-main']);
    expect(db.prepare('SELECT sites FROM staff').pluck().all()).toEqual(['[]']);
  });
});

describe('migration 9 (device storage reports)', () => {
  it('keeps every device and starts each with no storage trouble reported', () => {
    const dir = makeTempDir('dropin-migrate-9-');
    try {
      const db = new BetterSqlite3(path.join(dir.dir, 'dropin.sqlite3'));
      migrate(db, MIGRATIONS.slice(0, 8));
      db.prepare(
        "INSERT INTO devices (id, name, role, token_hash, paired_at) VALUES ('dev_1', 'Lobby', 'kiosk', 'h', '2026-12-01T10:00:00.000Z')",
      ).run();
      expect(migrate(db)).toEqual({ from: 8, to: 9 });
      expect(db.prepare('SELECT id, name, storage_full_since FROM devices').all()).toEqual([
        { id: 'dev_1', name: 'Lobby', storage_full_since: null },
      ]);
      db.close();
    } finally {
      dir.remove();
    }
  });
});
