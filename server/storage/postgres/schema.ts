/**
 * The PostgreSQL schema: the same tables, columns, keys, CHECKs and indexes as the SQLite schema
 * after all of server/db/migrations.ts, applied on open in one transaction and recorded in
 * schema_migrations the way SQLite records its own, so both engines report the same version.
 *
 * Types follow what the SQLite code stores, so both engines hand the app the same values:
 * - timestamps are TEXT holding the app's ISO strings (`new Date().toISOString()`), because the
 *   app compares and orders them as strings (`at <= ?`, ORDER BY paired_at) and returns them as
 *   they were written; `timestamptz` would change their spelling and their comparisons;
 * - JSON (op and view bodies, audit detail) is TEXT: no query looks inside it, and TEXT keeps the
 *   exact bytes a device pushed (jsonb would reorder keys and drop duplicates);
 * - the op cursor (and other AUTOINCREMENT keys) are `bigint generated always as identity`. A copy
 *   from SQLite (move-to-postgres) must insert them with OVERRIDING SYSTEM VALUE and then move
 *   each identity past the largest copied value.
 * The pull feed needs no extra column: appends take turns under an advisory lock (op-log.ts), so
 * cursor order is commit order on both engines (ADR 0018).
 */
import { type Kysely, sql } from 'kysely';

export interface PostgresMigration {
  /** The SQLite migration version this brings PostgreSQL level with. */
  readonly version: number;
  readonly name: string;
  /** Statements run in order, in the same transaction as the record that they ran. */
  readonly up: readonly string[];
}

/** ISO-8601 UTC with milliseconds, as `new Date().toISOString()` and SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') write it. */
const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    // SQLite got here in six steps (a rebuild among them); a new PostgreSQL database starts here.
    // Later migrations are appended to both engines with the same version numbers.
    version: 6,
    name: 'baseline: SQLite migrations 1-6 (server identity, accounts, devices, audit, op log, views)',
    up: [
      `CREATE TABLE meta (
        key   text PRIMARY KEY,
        value text NOT NULL
      )`,
      // 32 lowercase hex digits, like SQLite's lower(hex(randomblob(16))).
      `INSERT INTO meta (key, value) VALUES
        ('server_id', replace(gen_random_uuid()::text, '-', '')),
        ('created_at', ${NOW_ISO})`,
      `CREATE TABLE staff (
        id            text PRIMARY KEY,
        display_name  text NOT NULL,
        login_name    text NOT NULL UNIQUE,
        role          text NOT NULL CHECK (role IN ('staff', 'admin')),
        secret_hash   text NOT NULL,
        disabled_at   text,
        created_at    text NOT NULL
      )`,
      `CREATE TABLE devices (
        id            text PRIMARY KEY,
        name          text NOT NULL,
        role          text NOT NULL CHECK (role IN ('kiosk', 'staff', 'display')),
        token_hash    text NOT NULL UNIQUE,
        paired_by     text REFERENCES staff (id),
        paired_at     text NOT NULL,
        last_seen_at  text,
        last_sync_at  text,
        revoked_at    text,
        ticket_letter text
      )`,
      `CREATE TABLE sessions (
        token_hash    text PRIMARY KEY,
        staff_id      text NOT NULL REFERENCES staff (id),
        device_id     text REFERENCES devices (id),
        created_at    text NOT NULL,
        last_seen_at  text NOT NULL,
        ended_at      text
      )`,
      'CREATE INDEX sessions_by_staff ON sessions (staff_id)',
      'CREATE INDEX sessions_by_device ON sessions (device_id, created_at)',
      `CREATE TABLE pairing_codes (
        code_hash     text PRIMARY KEY,
        name          text NOT NULL,
        role          text NOT NULL CHECK (role IN ('kiosk', 'staff', 'display')),
        created_by    text NOT NULL REFERENCES staff (id),
        expires_at    text NOT NULL,
        used_at       text
      )`,
      `CREATE TABLE setup_codes (
        code_hash     text PRIMARY KEY,
        expires_at    text NOT NULL,
        used_at       text
      )`,
      `CREATE TABLE audit_log (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at            text NOT NULL,
        actor_id      text REFERENCES staff (id),
        device_id     text REFERENCES devices (id),
        action        text NOT NULL,
        target        text,
        detail        text NOT NULL DEFAULT '{}'
      )`,
      `CREATE TABLE staff_history (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        staff_id  text NOT NULL REFERENCES staff (id),
        at        text NOT NULL,
        role      text NOT NULL CHECK (role IN ('staff', 'admin')),
        active    integer NOT NULL CHECK (active IN (0, 1))
      )`,
      'CREATE INDEX staff_history_by_staff ON staff_history (staff_id, at)',
      // device_seq is bigint: SQLite's INTEGER is 64-bit.
      `CREATE TABLE ops (
        cursor            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id                text NOT NULL UNIQUE,
        device_id         text NOT NULL,
        device_seq        bigint NOT NULL,
        type              text NOT NULL,
        at                text NOT NULL,
        actor             text,
        body              text NOT NULL,
        received_at       text NOT NULL,
        pushed_by_device  text,
        pushed_by_staff   text,
        UNIQUE (device_id, device_seq)
      )`,
      'CREATE INDEX ops_by_type ON ops (type, cursor)',
      `CREATE TABLE views (
        key     text PRIMARY KEY,
        kind    text NOT NULL,
        body    text NOT NULL,
        cursor  bigint NOT NULL
      )`,
      'CREATE INDEX views_by_kind ON views (kind, cursor)',
    ],
  },
  {
    version: 7,
    name: 'throttle failures',
    // As SQLite's migration 7: failed attempts counted here so every server process shares them.
    // Times are ms since the epoch (numbers to the app, see connect.ts); `id` orders equal times.
    up: [
      `CREATE TABLE throttle_failures (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        pool          text NOT NULL,
        key           text NOT NULL,
        at            bigint NOT NULL,
        from_address  text NOT NULL,
        expires_at    bigint NOT NULL
      )`,
      'CREATE INDEX throttle_failures_by_key_at ON throttle_failures (pool, key, at)',
      'CREATE INDEX throttle_failures_by_expiry ON throttle_failures (expires_at)',
    ],
  },
  {
    version: 8,
    name: 'sites: the site of each device and pairing code, and the sites a staff member may act for',
    up: [
      "ALTER TABLE devices ADD COLUMN site_id text NOT NULL DEFAULT 'site-main'",
      "ALTER TABLE pairing_codes ADD COLUMN site_id text NOT NULL DEFAULT 'site-main'",
      'CREATE INDEX devices_by_site ON devices (site_id, revoked_at)',
      "ALTER TABLE staff ADD COLUMN sites text NOT NULL DEFAULT '[]'",
    ],
  },
  {
    version: 9,
    name: "a device's own storage trouble, as it reports it",
    up: ['ALTER TABLE devices ADD COLUMN storage_full_since text'],
  },
];

/** Columns PostgreSQL has and SQLite does not, per table (none today; the schema test holds us to this). */
export const POSTGRES_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = {};

export class PostgresMigrationError extends Error {}

// Any constant works; it only has to be the same in every server process on this database.
const SCHEMA_LOCK = 7_017_017;

/**
 * Applies every migration newer than the database, all in ONE transaction (PostgreSQL's DDL is
 * transactional, so a failure leaves the database as it was). An advisory lock makes a second
 * server process starting at the same moment wait, then find nothing left to do.
 */
export async function migratePostgres<DB>(
  db: Kysely<DB>,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<{ from: number; to: number }> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at text NOT NULL
    )`.execute(trx);
    const from = await readVersion(trx);
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) {
      throw new PostgresMigrationError(
        `The database is at schema version ${from}, newer than this server knows (${latest}). ` +
          'Run a newer version of the server, or restore a backup made by this version.',
      );
    }
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      for (const statement of migration.up) await sql.raw(statement).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name, applied_at)
                VALUES (${migration.version}, ${migration.name}, ${new Date().toISOString()})`.execute(trx);
    }
    return { from, to: await readVersion(trx) };
  });
}

/** The highest migration version recorded (0 for a new database), like SQLite's schemaVersion. */
export async function postgresSchemaVersion<DB>(db: Kysely<DB>): Promise<number> {
  const ledger = await sql<{ exists: boolean }>`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`.execute(
    db,
  );
  return ledger.rows[0]?.exists ? readVersion(db) : 0;
}

async function readVersion<DB>(db: Kysely<DB>): Promise<number> {
  const result = await sql<{ version: number | null }>`SELECT max(version) AS version FROM schema_migrations`.execute(
    db,
  );
  return result.rows[0]?.version ?? 0;
}
