/**
 * Opens the embedded SQLite database under the data folder, creating both on first start.
 * WAL lets reads continue during writes; synchronous=FULL because a device deletes its copy of
 * an op once we acknowledge it, so an acknowledged write must survive a power cut.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrations.js';

export const DATABASE_FILE = 'dropin.sqlite3';

export interface OpenedDatabase {
  readonly db: Database;
  readonly file: string;
  readonly migrated: { from: number; to: number };
}

export function openDatabase(dataDir: string): OpenedDatabase {
  // The database holds participants' personal data: only the server's user may read it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrated = migrate(db);
    return { db, file, migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Folds the WAL back into the main file so that a copy of the folder is complete, then closes. */
export function closeDatabase(db: Database): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** A cheap query that proves the database answers. */
export function isDatabaseHealthy(db: Database): boolean {
  try {
    return db.prepare('SELECT 1 AS ok').get() !== undefined;
  } catch {
    return false;
  }
}
