/**
 * Starts the real HTTP app on a free port over a fresh database on the run's engine (SQLite, or
 * PostgreSQL in the `postgres` project; test-database.ts). Tests go through `storage` (the server's
 * interface) and the API; `peek` reads rows no interface method answers, on either engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../server/app.js';
import type { App } from '../../../server/http/types.js';
import type { Storage } from '../../../server/storage/types.js';
import type { RetentionSchedule } from '../../../server/sync/retention-job.js';
import type { DatabasePeek } from './database-peek.js';
import {
  createTestDatabase,
  type OpenedTestDatabase,
  openTestDatabase,
  removeTestDatabase,
  type TestDatabase,
  type TestEngine,
} from './test-database.js';

export interface TestServer extends Omit<DatabasePeek, 'end'> {
  readonly app: App;
  readonly storage: Storage;
  readonly engine: TestEngine;
  /** Where the data lives: hand it to startTestServer to restart on the same data. */
  readonly database: TestDatabase;
  /** The server's clock. */
  readonly now: () => Date;
  readonly baseUrl: string;
  /** Makes the database unanswerable underneath the running server. */
  breakDatabase(): Promise<void>;
  /** SQLite only: the server's own connection (disk trouble made real with SQLite's pragmas). */
  readonly sqlite: OpenedTestDatabase['sqlite'];
  /** Stops the server; its database is removed unless `keepData` (to start it again on the same data). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  readonly staticDir?: string;
  /** The server's clock; defaults to the real one. */
  readonly now?: () => Date;
  /** Receives every log line (pino JSON) at trace level, to check what is logged. */
  readonly logStream?: { write(line: string): void };
  /** Start on an existing database (a restart) instead of a fresh one. */
  readonly database?: TestDatabase;
  /** When the retention job runs after the start (default: the server's daily timer). */
  readonly retentionSchedule?: RetentionSchedule;
}

/** A folder that is never made: a server pointed at it has no built PWA to serve. */
const NO_BUILD = path.join(tmpdir(), 'dropin-test-no-build-here');

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  // A database this call made is removed again if the server does not start.
  const removeIfMade = () => (options.database ? Promise.resolve() : removeTestDatabase(database));
  const opened = await openTestDatabase(database).catch(async (error: unknown) => {
    await removeIfMade();
    throw error;
  });
  let app: App | undefined;
  let baseUrl: string;
  try {
    app = await buildApp({
      storage: opened.storage,
      version: '0.0.0-test',
      staticDir: options.staticDir ?? NO_BUILD,
      logLevel: options.logStream ? 'trace' : 'silent',
      ...(options.now ? { now: options.now } : {}),
      ...(options.logStream ? { logStream: options.logStream } : {}),
      ...(options.retentionSchedule ? { retentionSchedule: options.retentionSchedule } : {}),
    });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await app?.close();
    await opened.close();
    await removeIfMade();
    throw error;
  }
  const started = app;
  return {
    app: started,
    storage: opened.storage,
    engine: database.engine,
    database,
    now: options.now ?? (() => new Date()),
    baseUrl,
    peek: opened.peek,
    peekValue: opened.peekValue,
    storedText: opened.storedText,
    breakDatabase: opened.breakDatabase,
    sqlite: opened.sqlite,
    async close({ keepData = false } = {}) {
      await started.close();
      await opened.close();
      if (!keepData) await removeTestDatabase(database);
    },
  };
}

/** A temporary folder removed by the returned cleanup function. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
