// `npm run backup [-- <file>]`: a consistent copy of the database, safe while the server runs
// (SQLite's online backup API through better-sqlite3). Reads DATA_DIR like the server does.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const dataDir = path.resolve(process.env.DATA_DIR || './data');
const source = path.join(dataDir, 'dropin.sqlite3');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.resolve(process.argv[2] || path.join(dataDir, 'backups', `dropin-${stamp}.sqlite3`));

if (!existsSync(source)) {
  console.error(`No database at ${source}. Set DATA_DIR to the folder the server uses.`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`${target} already exists; choose another file name.`);
  process.exit(1);
}

mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(target);
  // It holds participants' personal data, wherever it was written: only this user may read it.
  chmodSync(target, 0o600);
} finally {
  db.close();
}
console.log(`Backed up ${source} to ${target}`);
