/**
 * Versioned schema migrations (the steps are in migration-steps.ts), applied in order on start,
 * each in its own transaction together with the record that it ran.
 */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migration-steps.js';

export { MIGRATIONS, type Migration } from './migration-steps.js';

export class MigrationError extends Error {}

/** The highest migration version recorded in the database (0 for a new database). */
export function schemaVersion(db: Database): number {
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!ledger) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/** Applies every migration newer than the database. Returns the versions before and after. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  checkOrder(migrations);
  ensureLedger(db);
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new MigrationError(
      `The database is at schema version ${from}, newer than this server knows (${latest}). ` +
        'Run a newer version of the server, or restore a backup made by this version.',
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    const apply = db.transaction(() => {
      db.exec(migration.up);
      if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new MigrationError(`Migration "${migration.name}" would break a foreign key.`);
      }
      record.run(migration.version, migration.name, new Date().toISOString());
    });
    if (!migration.rebuildsTables) {
      apply();
      continue;
    }
    // The SQLite way (https://sqlite.org/lang_altertable.html#otheralter): foreign keys off
    // outside the transaction, checked inside it, and back to what they were.
    const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
    db.pragma('foreign_keys = OFF');
    try {
      apply();
    } finally {
      if (enforced) db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: schemaVersion(db) };
}

function ensureLedger(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(
        `Migration "${migration.name}" should be version ${index + 1}, not ${migration.version}`,
      );
    }
  });
}
