/**
 * The PostgreSQL test harness and schema: a throwaway cluster starts and is gone after stop, the
 * schema applies twice without change, and every SQLite table and column exists on PostgreSQL.
 */
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../server/db/migrations.js';
import { type OpenedPostgres, openPostgres } from '../../../server/storage/postgres/connect.js';
import {
  migratePostgres,
  POSTGRES_ONLY_COLUMNS,
  postgresSchemaVersion,
} from '../../../server/storage/postgres/schema.js';
import { isPortListening, startPostgres } from '../../support/postgres.js';
import { createTestDatabase } from '../../support/postgres-database.js';

describe('a throwaway cluster', () => {
  it('answers queries as the app role, then is gone after stop: folder removed, port free', async () => {
    const cluster = await startPostgres();
    try {
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      const { rows } = await client.query<{ user: string; superuser: string }>(
        "SELECT current_user AS user, current_setting('is_superuser') AS superuser",
      );
      await client.end();
      expect(rows[0]).toEqual({ user: 'app', superuser: 'on' });
      expect(existsSync(cluster.dir)).toBe(true);
      expect(await isPortListening(cluster.port)).toBe(true);

      const url = await cluster.createDatabase('harness_probe');
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      expect((await other.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db).toBe('harness_probe');
      await other.end();
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    expect(await isPortListening(cluster.port)).toBe(false);
  });
});

describe('the PostgreSQL schema', () => {
  let opened: OpenedPostgres;
  // Raw SQL goes through pg, not Kysely's `sql`: this project resolves kysely's ESM types and the
  // server project its CJS ones, and a Kysely from one is not assignable to the other's.
  let client: pg.Client;

  beforeAll(async () => {
    const url = await createTestDatabase('harness');
    opened = await openPostgres(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await opened?.close();
  });

  it('is brought to the same version as SQLite on open, and a second run changes nothing', async () => {
    const latest = MIGRATIONS.at(-1)?.version;
    expect(opened.migrated).toEqual({ from: 0, to: latest });

    const before = await describeDatabase(client);
    expect(await migratePostgres(opened.db)).toEqual({ from: latest, to: latest });
    expect(await postgresSchemaVersion(opened.db)).toBe(latest);
    expect(await describeDatabase(client)).toEqual(before);
  });

  it('lets two server processes open a new database at once: one migrates, the other finds it done', async () => {
    const url = await createTestDatabase('harness_race');
    const both = await Promise.all([openPostgres(url, { max: 1 }), openPostgres(url, { max: 1 })]);
    try {
      const latest = MIGRATIONS.at(-1)?.version;
      expect(both.map((opened) => opened.migrated).sort((a, b) => a.from - b.from)).toEqual([
        { from: 0, to: latest },
        { from: latest, to: latest },
      ]);
    } finally {
      await Promise.all(both.map((opened) => opened.close()));
    }
  });

  it('has every SQLite table with the same column names, and only the PostgreSQL-only columns besides', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    migrate(sqlite);
    const sqliteTables = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    const sqliteColumns = Object.fromEntries(
      sqliteTables.map((table) => [
        table,
        (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name).sort(),
      ]),
    );
    sqlite.close();

    const pgColumns = (await describeDatabase(client)).columns;
    const expected = Object.fromEntries(
      Object.entries(sqliteColumns).map(([table, columns]) => [
        table,
        [...columns, ...(POSTGRES_ONLY_COLUMNS[table] ?? [])].sort(),
      ]),
    );
    expect(pgColumns).toEqual(expected);
    expect(Object.keys(pgColumns)).toContain('ops');
  });

  it('requires the columns SQLite requires and has the indexes SQLite names', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    migrate(sqlite);
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    // A STRICT table's PRIMARY KEY columns cannot be NULL even where table_info says notnull = 0.
    const required = tables
      .flatMap((table) =>
        (sqlite.pragma(`table_info(${table})`) as { name: string; notnull: number; pk: number }[])
          .filter((column) => column.notnull === 1 || column.pk > 0)
          .map((column) => `${table}.${column.name}`),
      )
      .sort();
    // Named indexes only: SQLite's automatic ones (UNIQUE, PRIMARY KEY) have no SQL.
    const indexes = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
      .pluck()
      .all() as string[];
    sqlite.close();

    const described = await describeDatabase(client);
    const postgresOnly = Object.entries(POSTGRES_ONLY_COLUMNS).flatMap(([table, columns]) =>
      columns.map((column) => `${table}.${column}`),
    );
    expect(described.required.filter((column) => !postgresOnly.includes(column))).toEqual(required);
    expect(described.indexNames.filter((name) => !name.endsWith('_pkey') && !name.endsWith('_key'))).toEqual(
      [...indexes].sort(),
    );
  });

  it('keeps the SQLite constraints: a role outside the CHECK and a second login name are refused', async () => {
    const at = new Date().toISOString();
    const staff = { display_name: 'A', role: 'staff' as const, secret_hash: 'h', created_at: at };
    await opened.db
      .insertInto('staff')
      .values({ ...staff, id: 's1', login_name: 'a' })
      .execute();
    await expect(
      opened.db
        .insertInto('staff')
        .values({ ...staff, id: 's2', login_name: 'a' })
        .execute(),
    ).rejects.toThrow(/unique/i);
    await expect(
      client.query(
        `INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at)
         VALUES ('s3', 'C', 'c', 'owner', 'h', $1)`,
        [at],
      ),
    ).rejects.toThrow(/check constraint/i);
  });

  it('numbers ops by an identity cursor the app reads as a number', async () => {
    const op = { device_id: 'd', type: 't', at: '2026-01-01T00:00:00.000Z', body: '{}', received_at: 'x' };
    await opened.db
      .insertInto('ops')
      .values([
        { ...op, id: 'o1', device_seq: 1 },
        { ...op, id: 'o2', device_seq: 2 },
      ])
      .execute();
    const rows = await opened.db.selectFrom('ops').select(['cursor', 'id']).orderBy('cursor').execute();
    expect(rows).toEqual([
      { cursor: 1, id: 'o1' },
      { cursor: 2, id: 'o2' },
    ]);
    const meta = await opened.db.selectFrom('meta').select(['key', 'value']).orderBy('key').execute();
    expect(meta.map((row) => row.key)).toEqual(['created_at', 'server_id']);
    expect(meta[0]?.value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(meta[1]?.value).toMatch(/^[0-9a-f]{32}$/);
  });
});

/** Tables with their column names, and the indexes and constraints, as PostgreSQL lists them. */
async function describeDatabase(client: pg.Client) {
  const columns = await client.query<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }>(
    `SELECT table_name, column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  const byTable: Record<string, string[]> = {};
  for (const row of columns.rows) {
    const list = byTable[row.table_name] ?? [];
    list.push(row.column_name);
    byTable[row.table_name] = list;
  }
  const required = columns.rows
    .filter((row) => row.is_nullable === 'NO')
    .map((row) => `${row.table_name}.${row.column_name}`);
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
  );
  const constraints = await client.query<{ conname: string; def: string }>(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY conname`,
  );
  const versions = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  return {
    columns: byTable,
    required,
    indexNames: indexes.rows.map((row) => row.indexname),
    indexes: indexes.rows.map((row) => row.indexdef),
    constraints: constraints.rows,
    versions: versions.rows.map((row) => row.version),
  };
}
