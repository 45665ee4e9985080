/**
 * The SQLite schema's steps, in order (server/db/migrations.ts applies them). Append new ones with
 * the next version, and the same version to server/storage/postgres/schema.ts; never edit one
 * that has shipped.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  /**
   * Run with foreign keys off (then checked): SQLite changes a CHECK constraint only by making
   * the table again, and dropping a table that others reference fails with them on.
   */
  readonly rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'server identity',
    // server_id lets devices tell this database apart from a restored or replaced one.
    up: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO meta (key, value) VALUES
        ('server_id', lower(hex(randomblob(16)))),
        ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `,
  },
  {
    version: 2,
    name: 'staff accounts, sessions, devices, audit log',
    // Secrets (passwords, session and device tokens, one-time codes) are stored only as hashes.
    up: `
      CREATE TABLE staff (
        id            TEXT PRIMARY KEY,
        display_name  TEXT NOT NULL,
        login_name    TEXT NOT NULL UNIQUE,
        role          TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
        secret_hash   TEXT NOT NULL,
        disabled_at   TEXT,
        created_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE devices (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('kiosk', 'staff')),
        token_hash    TEXT NOT NULL UNIQUE,
        paired_by     TEXT REFERENCES staff (id),
        paired_at     TEXT NOT NULL,
        last_seen_at  TEXT,
        last_sync_at  TEXT,
        revoked_at    TEXT
      ) STRICT;

      CREATE TABLE sessions (
        token_hash    TEXT PRIMARY KEY,
        staff_id      TEXT NOT NULL REFERENCES staff (id),
        device_id     TEXT REFERENCES devices (id),
        created_at    TEXT NOT NULL,
        last_seen_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_staff ON sessions (staff_id);

      CREATE TABLE pairing_codes (
        code_hash     TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('kiosk', 'staff')),
        created_by    TEXT NOT NULL REFERENCES staff (id),
        expires_at    TEXT NOT NULL,
        used_at       TEXT
      ) STRICT;

      CREATE TABLE setup_codes (
        code_hash     TEXT PRIMARY KEY,
        expires_at    TEXT NOT NULL,
        used_at       TEXT
      ) STRICT;

      CREATE TABLE audit_log (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        at            TEXT NOT NULL,
        actor_id      TEXT REFERENCES staff (id),
        device_id     TEXT REFERENCES devices (id),
        action        TEXT NOT NULL,
        target        TEXT,
        detail        TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'op log and views',
    // `cursor` orders ops as the server received them; devices pull by it. A view row records the
    // cursor of the op that last changed it, so a kiosk can pull just the views that changed.
    up: `
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

      CREATE TABLE views (
        key     TEXT PRIMARY KEY,
        kind    TEXT NOT NULL,
        body    TEXT NOT NULL,
        cursor  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX views_by_kind ON views (kind, cursor);
    `,
  },
  {
    version: 4,
    name: 'ticket letters for devices',
    // Each device numbers its tickets with its own letter, so numbers made offline on two
    // devices never collide. Devices paired before this get letters in pairing order.
    up: `
      ALTER TABLE devices ADD COLUMN ticket_letter TEXT;
      UPDATE devices SET ticket_letter = (
        SELECT CASE WHEN r.n <= 26 THEN char(64 + r.n) END
          FROM (SELECT id, row_number() OVER (ORDER BY paired_at, id) AS n FROM devices) r
         WHERE r.id = devices.id
      );
    `,
  },
  {
    version: 5,
    name: 'session history and staff history',
    // The server decides who acted: an op made offline is accepted for a staff member who had a
    // session on that device at the op's time, and admin-only ops need an admin at that time. So
    // sessions are ended (kept) rather than deleted, and every change of role or of disabled is
    // recorded. Accounts made before this are taken to have had their current role all along.
    up: `
      ALTER TABLE sessions ADD COLUMN ended_at TEXT;
      CREATE INDEX sessions_by_device ON sessions (device_id, created_at);

      CREATE TABLE staff_history (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        staff_id  TEXT NOT NULL REFERENCES staff (id),
        at        TEXT NOT NULL,
        role      TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
        active    INTEGER NOT NULL CHECK (active IN (0, 1))
      ) STRICT;
      CREATE INDEX staff_history_by_staff ON staff_history (staff_id, at);
      INSERT INTO staff_history (staff_id, at, role, active) SELECT id, created_at, role, 1 FROM staff;
      INSERT INTO staff_history (staff_id, at, role, active)
        SELECT id, disabled_at, role, 0 FROM staff WHERE disabled_at IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'lobby display devices',
    rebuildsTables: true,
    // issue 15: a paired lobby display (role 'display') shows called numbers only. Only the CHECK
    // constraints on role change; every row and column is kept as it was.
    up: `
      CREATE TABLE devices_new (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('kiosk', 'staff', 'display')),
        token_hash    TEXT NOT NULL UNIQUE,
        paired_by     TEXT REFERENCES staff (id),
        paired_at     TEXT NOT NULL,
        last_seen_at  TEXT,
        last_sync_at  TEXT,
        revoked_at    TEXT,
        ticket_letter TEXT
      ) STRICT;
      INSERT INTO devices_new (id, name, role, token_hash, paired_by, paired_at, last_seen_at, last_sync_at,
                               revoked_at, ticket_letter)
        SELECT id, name, role, token_hash, paired_by, paired_at, last_seen_at, last_sync_at, revoked_at,
               ticket_letter FROM devices;
      DROP TABLE devices;
      ALTER TABLE devices_new RENAME TO devices;

      CREATE TABLE pairing_codes_new (
        code_hash     TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('kiosk', 'staff', 'display')),
        created_by    TEXT NOT NULL REFERENCES staff (id),
        expires_at    TEXT NOT NULL,
        used_at       TEXT
      ) STRICT;
      INSERT INTO pairing_codes_new (code_hash, name, role, created_by, expires_at, used_at)
        SELECT code_hash, name, role, created_by, expires_at, used_at FROM pairing_codes;
      DROP TABLE pairing_codes;
      ALTER TABLE pairing_codes_new RENAME TO pairing_codes;
    `,
  },
  {
    version: 7,
    name: 'throttle failures',
    // issue 17: failed sign-ins and wrong codes are counted in the database, so every server
    // process on it shares the counts and a restart forgets none. Times are ms since the epoch;
    // `id` orders failures of the same millisecond; `expires_at` is when the failure leaves its
    // pool's window, so each new failure can delete every expired one, whatever its pool.
    up: `
      CREATE TABLE throttle_failures (
        id            INTEGER PRIMARY KEY,
        pool          TEXT NOT NULL,
        key           TEXT NOT NULL,
        at            INTEGER NOT NULL,
        from_address  TEXT NOT NULL,
        expires_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX throttle_failures_by_key_at ON throttle_failures (pool, key, at);
      CREATE INDEX throttle_failures_by_expiry ON throttle_failures (expires_at);
    `,
  },
  {
    version: 8,
    name: 'sites: the site of each device and pairing code, and the sites a staff member may act for',
    // issue 17: every device paired before sites is at the first site ('site-main',
    // src/core/sites/site.ts). A staff member's sites are a sorted JSON array of site ids; an
    // empty one, every account's until an admin limits it, means every site.
    up: `
      ALTER TABLE devices ADD COLUMN site_id TEXT NOT NULL DEFAULT 'site-main';
      ALTER TABLE pairing_codes ADD COLUMN site_id TEXT NOT NULL DEFAULT 'site-main';
      CREATE INDEX devices_by_site ON devices (site_id, revoked_at);
      ALTER TABLE staff ADD COLUMN sites TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 9,
    name: "a device's own storage trouble, as it reports it",
    // issue 20: a kiosk whose storage is full says so with its next sync, and staff see it beside
    // last seen and last synced. When it first said so; NULL while it has not (or since it saved again).
    up: `
      ALTER TABLE devices ADD COLUMN storage_full_since TEXT;
    `,
  },
];
