/**
 * Restores a backup over the server's SQLite file (`npm run restore`): the backup is checked on a
 * copy beside the database, given a new server id, and renamed over it; the replaced file is kept
 * aside. Refuses while anything (the server) has the database open.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DATABASE_FILE } from './database.js';
import { MIGRATIONS, migrate, schemaVersion } from './migrations.js';

/** A restore that did not happen, with a message a person can act on; nothing was changed. */
export class RestoreRefused extends Error {}

export interface RestoreReport {
  /** The server's database, now the restored copy. */
  readonly file: string;
  /** Where the database it replaced was kept (null when there was none). */
  readonly keptAside: string | null;
  readonly schemaVersion: number;
  /** The server id the backup had, and the new one the restored database has. */
  readonly backupServerId: string;
  readonly serverId: string;
}

/** SQLite's answers for "another connection holds a lock" (the server has the file open). */
const IN_USE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
/** The live file is not a database at all: nothing can be serving it, and restoring is the cure. */
const BROKEN = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export function restoreBackup(options: { dataDir: string; backupFile: string; now?: Date }): RestoreReport {
  const backup = path.resolve(options.backupFile);
  const dataDir = path.resolve(options.dataDir);
  const live = path.join(dataDir, DATABASE_FILE);
  if (!isFile(backup)) throw new RestoreRefused(`There is no backup file at ${backup}.`);
  if (isFile(live) && sameFile(live, backup)) {
    throw new RestoreRefused(`${backup} is the server's database itself; name a backup file.`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const lock = isFile(live) ? lockDatabase(live) : null;
  const copy = path.join(dataDir, `.${DATABASE_FILE}.restoring-${stamp}`);
  try {
    copyFileSync(backup, copy);
    chmodSync(copy, 0o600);
    const checked = prepareCopy(copy);
    const keptAside = isFile(live) ? `${live}.before-restore-${stamp}` : null;
    // The live file's WAL is folded into it (and removed) while we hold the lock, so the file kept
    // aside is complete on its own; lock === null means the live file is not a database anyway.
    lock?.pragma('journal_mode = DELETE');
    swapIn({ copy, live, keptAside });
    return { file: live, keptAside, schemaVersion: checked.version, ...checked.ids };
  } finally {
    removeWithJournals(copy);
    lock?.close();
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function sameFile(a: string, b: string): boolean {
  const [one, other] = [statSync(a), statSync(b)];
  return one.dev === other.dev && one.ino === other.ino;
}

/**
 * Takes SQLite's exclusive lock on the live database and keeps it until closed. The server holds
 * the file open (in WAL mode) as long as it runs, even idle, and then the lock is refused at once;
 * a server that dies releases it with the process, so no pid file can go stale.
 */
function lockDatabase(live: string): Database | null {
  const db = new BetterSqlite3(live, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (BROKEN.has(code)) return null;
    if (IN_USE.has(code)) {
      throw new RestoreRefused(
        `The database ${live} is in use: the server (or a backup) is running on this DATA_DIR. ` +
          'Stop the server (Ctrl+C or SIGTERM) and run the restore again.',
      );
    }
    throw error;
  }
}

/**
 * Checks the copy is a database of ours at a schema this release knows, then gives it a new server
 * id (devices compare it to notice the database was replaced) and makes it a file complete on its own.
 */
function prepareCopy(copy: string): { version: number; ids: { backupServerId: string; serverId: string } } {
  const db = new BetterSqlite3(copy, { fileMustExist: true });
  try {
    checkIntegrity(db);
    const version = checkSchema(db);
    const backupServerId = db.prepare("SELECT value FROM meta WHERE key = 'server_id'").pluck().get();
    if (typeof backupServerId !== 'string') throw notOurs('it has no server id');
    const serverId = randomBytes(16).toString('hex');
    db.prepare("UPDATE meta SET value = ? WHERE key = 'server_id'").run(serverId);
    db.pragma('journal_mode = DELETE');
    return { version, ids: { backupServerId, serverId } };
  } finally {
    db.close();
  }
}

function notOurs(why: string): RestoreRefused {
  return new RestoreRefused(`The file is not a drop-in database that this release can restore: ${why}.`);
}

function checkIntegrity(db: Database): void {
  let problems: string[];
  try {
    problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } catch (error) {
    if (BROKEN.has((error as { code?: string }).code ?? '')) throw notOurs('it is not an SQLite database');
    throw error;
  }
  if (problems.join() !== 'ok') throw notOurs(`SQLite's integrity check failed (${problems.slice(0, 3).join('; ')})`);
}

/** The copy's schema version, once its migrations are ours and it has every table they make. */
function checkSchema(db: Database): number {
  const version = schemaVersion(db);
  const latest = MIGRATIONS.length;
  if (version === 0) throw notOurs('it has no schema_migrations table');
  if (version > latest) {
    throw new RestoreRefused(
      `The backup is at schema version ${version}, newer than this release knows (${latest}): ` +
        'it was made by a newer version of the server. Restore it with that version, or choose an older backup.',
    );
  }
  const ran = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  const foreign = ran.filter((row) => MIGRATIONS[row.version - 1]?.name !== row.name);
  if (foreign.length > 0) throw notOurs(`its migration ${foreign[0]?.version} is not ours`);
  const missing = [...tablesOf(referenceAt(version))].filter((table) => !tablesOf(db).has(table));
  if (missing.length > 0) throw notOurs(`it lacks the tables ${missing.join(', ')}`);
  return version;
}

/** An empty database migrated as far as the backup was: the tables the backup must have. */
function referenceAt(version: number): Database {
  const reference = new BetterSqlite3(':memory:');
  migrate(reference, MIGRATIONS.slice(0, version));
  return reference;
}

function tablesOf(db: Database): Set<string> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Set(names);
}

/**
 * Keeps the live file under its aside name (a second hard link), then renames the checked copy
 * over it: the database's own name always holds the old file or the new one, whole. Stale -wal
 * and -shm go first, since SQLite would replay an old WAL onto the new file.
 */
function swapIn({ copy, live, keptAside }: { copy: string; live: string; keptAside: string | null }): void {
  fsyncFile(copy);
  if (keptAside) keepAside(live, keptAside);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
  renameSync(copy, live);
  fsyncFile(path.dirname(live));
}

function keepAside(live: string, keptAside: string): void {
  try {
    linkSync(live, keptAside);
  } catch {
    // A file system without hard links: a copy, synced, serves as well.
    copyFileSync(live, keptAside);
    fsyncFile(keptAside);
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeWithJournals(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
