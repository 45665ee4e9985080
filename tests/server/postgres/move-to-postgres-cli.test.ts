/**
 * `npm run move-to-postgres` as a person runs it: the compiled command in its own process, its
 * output and exit code, and never the password from DATABASE_URL in anything it prints.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../support/postgres-database.js';
import { PROJECT_ROOT } from '../../support/server-process.js';
import {
  connectTarget,
  makeSqliteCenter,
  readPostgresTables,
  readSqliteTables,
  type SqliteCenter,
} from './move-center.js';

const COMMAND = path.join(PROJECT_ROOT, 'build/server/move-to-postgres.js');
const PASSWORD = 'Pw-only-i-know-4711';

let center: SqliteCenter;
let scratch: string;

beforeAll(async () => {
  // Compile the server as the npm script does (incremental: quick when nothing changed).
  execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.server.json'],
    { cwd: PROJECT_ROOT },
  );
  center = await makeSqliteCenter();
  scratch = mkdtempSync(path.join(tmpdir(), 'dropin-move-cli-'));
}, 180_000);
afterAll(() => {
  center?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command with exactly these two variables set (or left out when undefined). */
function runMove(env: { DATA_DIR?: string; DATABASE_URL?: string }): Promise<Run> {
  const { DATA_DIR: _dataDir, DATABASE_URL: _databaseUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, [COMMAND], {
    cwd: scratch,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The test database's URL with a password in it (the test cluster trusts 127.0.0.1, so any will do). */
function withPassword(url: string): string {
  const withSecret = new URL(url);
  withSecret.password = PASSWORD;
  return withSecret.toString();
}

describe('npm run move-to-postgres', () => {
  let url: string;

  beforeAll(async () => {
    url = withPassword(await createTestDatabase('move_cli'));
  });

  it('copies the center, prints each table with its row count and "verified", and exits 0', async () => {
    const run = await runMove({ DATA_DIR: center.dataDir, DATABASE_URL: url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { host, pathname } = new URL(url);
    expect(run.stdout).toContain(`into PostgreSQL at ${host}${pathname}.`);
    expect(run.stdout).toContain('The SQLite server must be stopped');
    const tables = readSqliteTables(center.file);
    for (const [table, rows] of Object.entries(tables)) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${table} +${rows.length} rows?$`, 'm'));
    }
    expect(run.stdout).toMatch(/^verified: /m);
    expect(run.stdout).not.toContain(PASSWORD);

    const client = await connectTarget(url);
    try {
      expect(await readPostgresTables(client, Object.keys(tables))).toEqual(tables);
    } finally {
      await client.end();
    }
  });

  it('exits 1 saying the database is not empty when run a second time, without the password', async () => {
    const run = await runMove({ DATA_DIR: center.dataDir, DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^move-to-postgres: The PostgreSQL database is not empty \(/);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    expect(run.stdout).not.toContain('verified');
  });

  it('exits 1 naming the file when DATA_DIR holds no database', async () => {
    const empty = path.join(scratch, 'no-data');
    const run = await runMove({ DATA_DIR: empty, DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`No SQLite database at ${path.join(empty, 'dropin.sqlite3')}`);
  });

  it('exits 1 with what to set when DATABASE_URL is missing or not a PostgreSQL URL, never echoing it', async () => {
    const missing = await runMove({ DATA_DIR: center.dataDir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Set DATABASE_URL to the empty PostgreSQL database to copy into');

    const other = await runMove({ DATA_DIR: center.dataDir, DATABASE_URL: `mysql://app:${PASSWORD}@127.0.0.1/dropin` });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('DATABASE_URL must start with postgres:// or postgresql://');
    expect(other.stdout + other.stderr).not.toContain(PASSWORD);
  });

  it('exits 1 with PostgreSQL’s reason when the database does not exist, without the password', async () => {
    const nowhere = new URL(url);
    nowhere.pathname = '/no_such_database';
    const run = await runMove({ DATA_DIR: center.dataDir, DATABASE_URL: nowhere.toString() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'move-to-postgres: Could not open the PostgreSQL database: database "no_such_database" does not exist',
    );
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });
});
