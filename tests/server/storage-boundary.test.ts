/**
 * Issue 17: the server's SQL and its engine stay behind the storage interface. Only
 * the engines, server/storage/sqlite/ and server/storage/postgres/, and server/db/ (opening and migrating the
 * file) may hold SQL or touch better-sqlite3; only server/storage/open.ts chooses the implementation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const ENGINE_DIRS = ['server/storage/sqlite/', 'server/storage/postgres/', 'server/db/'];
/** The composition root (main.ts) and the module that opens the engine the configuration names. */
const CHOOSES_ENGINE = new Set(['server/main.ts', 'server/storage/open.ts']);

const RULES: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'imports better-sqlite3', pattern: /from\s+['"]better-sqlite3['"]|require\(\s*['"]better-sqlite3['"]/ },
  { what: 'prepares a statement', pattern: /\.prepare\(/ },
  { what: 'runs a transaction', pattern: /\.transaction\(/ },
  { what: 'sets a pragma', pattern: /\.pragma\(/ },
  // A regular expression's .exec(/…/) is fine; SQL handed to exec is not.
  { what: 'executes SQL', pattern: /\.exec\(\s*['"`]|\b(?:db|database|sqlite|connection)\.exec\(/ },
  {
    what: 'holds SQL',
    pattern:
      /\b(?:SELECT\s+[\w*,\s().]+?\s+FROM|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX))\b/,
  },
];

/** What is wrong with `file` (a path relative to the project), as "file: what" lines. */
function leaksIn(file: string, text: string): string[] {
  if (ENGINE_DIRS.some((dir) => file.startsWith(dir))) return [];
  const leaks = RULES.filter(({ pattern }) => pattern.test(text)).map(({ what }) => `${file}: ${what}`);
  if (!CHOOSES_ENGINE.has(file) && /from\s+['"][./]*(?:storage\/)?sqlite\/|from\s+['"][./]*db\//.test(text)) {
    leaks.push(`${file}: imports the SQLite implementation instead of the storage interface`);
  }
  return leaks;
}

function serverFiles(dir = 'server'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return serverFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

describe('the storage boundary', () => {
  it('no server file outside the engines (server/storage/sqlite, server/storage/postgres) and server/db holds SQL or touches better-sqlite3', () => {
    const files = serverFiles();
    expect(files.length).toBeGreaterThan(30);
    const leaks = files.flatMap((file) => leaksIn(file, readFileSync(path.join(root, file), 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('the check itself finds each kind of leak, and lets regular expressions and the engine folders be', () => {
    const route = 'server/api/example.ts';
    expect(leaksIn(route, "import type { Database } from 'better-sqlite3';")).toEqual([
      `${route}: imports better-sqlite3`,
    ]);
    expect(leaksIn(route, "db.prepare('x').run()")).toContain(`${route}: prepares a statement`);
    expect(leaksIn(route, 'db.transaction(() => undefined)()')).toEqual([`${route}: runs a transaction`]);
    expect(leaksIn(route, "db.exec('VACUUM')")).toEqual([`${route}: executes SQL`]);
    expect(leaksIn(route, "const sql = 'UPDATE devices SET last_sync_at = ? WHERE id = ?';")).toEqual([
      `${route}: holds SQL`,
    ]);
    expect(leaksIn(route, 'const q = `SELECT body FROM ops`;')).toEqual([`${route}: holds SQL`]);
    expect(leaksIn(route, "import { listDevices } from '../storage/sqlite/devices.js';")).toEqual([
      `${route}: imports the SQLite implementation instead of the storage interface`,
    ]);
    expect(leaksIn(route, 'const bearer = /^Bearer (\\S+)$/.exec(header);')).toEqual([]);
    expect(leaksIn('server/storage/sqlite/devices.ts', "db.prepare('SELECT id FROM devices')")).toEqual([]);
    expect(leaksIn('server/main.ts', "import { openSqliteStorage } from './storage/sqlite/index.js';")).toEqual([]);
  });
});
