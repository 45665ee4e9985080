/**
 * Opens the embedded SQLite database under the data folder, creating both on first start.
 * WAL lets reads continue during writes; synchronous=FULL because a device deletes its copy of
 * an op once we acknowledge it, so an acknowledged write must survive a power cut.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrations.js';

export const DATABASE_FILE = 'dropin.sqlite3';

export interface OpenedDatabase {
  readonly db: Database;
  readonly file: string;
  readonly migrated: { from: number; to: number };
}

/** The database file or its folder cannot be written by this process: the server does not start. */
export class DatabaseNotWritableError extends Error {
  override readonly name = 'DatabaseNotWritableError';
}

export function openDatabase(dataDir: string): OpenedDatabase {
  // The database holds participants' personal data: only the server's user may read it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  refuseIfNotWritable(dataDir, file);
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

/**
 * A database that is read-only at start stops the start, with what to fix, rather than serving
 * reads and answering every write 503 (as the server does when the disk fills or the file turns
 * read-only while it runs). Decided so because here it could not serve even reads: in WAL mode
 * SQLite reads through a `-wal` and a `-shm` file beside the database, which a read-only folder
 * cannot hold, and the one way around that (opening with `immutable=1`) needs better-sqlite3's
 * process-wide SQLITE_USE_URI switch and tells SQLite that nothing will change the file, which
 * the server cannot promise. A read-only start is also a setup mistake (a restore as another
 * user, a read-only mount) that only a person can fix, and that connection would stay read-only
 * after the fix anyway: better to say so at once than to look as if all is well.
 */
function refuseIfNotWritable(dataDir: string, file: string): void {
  const blocked = [...(existsSync(file) ? [file] : []), dataDir].find((where) => !writable(where));
  if (blocked === undefined) return;
  throw new DatabaseNotWritableError(
    `The database ${blocked === file ? 'file' : 'folder'} ${blocked} is read-only for this server ` +
      '(its user may not write it, or the disk is mounted read-only). The server has to write there to ' +
      `save what devices send. Give the user the server runs as write access to ${dataDir} and ` +
      `${DATABASE_FILE} in it (chown, chmod u+w), or mount the disk read-write, then start the server again. ` +
      'Nothing was changed.',
  );
}

function writable(where: string): boolean {
  try {
    accessSync(where, constants.W_OK);
    return true;
  } catch {
    return false;
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
