/**
 * Starts the real HTTP app on a free port over a fresh SQLite file in a temporary data folder.
 * Tests go through `storage` (the server's interface); `sqlite` is the raw connection beneath,
 * only for checks of what is or is not stored that no interface method answers (SQLite only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { buildApp } from '../../../server/app.js';
import { openDatabase } from '../../../server/db/database.js';
import type { App } from '../../../server/http/types.js';
import { sqliteStorage } from '../../../server/storage/sqlite/index.js';
import type { Storage } from '../../../server/storage/types.js';

export interface TestServer {
  readonly app: App;
  readonly storage: Storage;
  /** The raw SQLite connection under `storage`: for peeking at rows in tests, never for writing. */
  readonly sqlite: Database;
  /** The server's clock. */
  readonly now: () => Date;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Stops the server; its data folder is removed unless `keepData` (to start it again on the same data). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  readonly staticDir?: string;
  /** The server's clock; defaults to the real one. */
  readonly now?: () => Date;
  /** Receives every log line (pino JSON) at trace level, to check what is logged. */
  readonly logStream?: { write(line: string): void };
  /** Start on an existing data folder (a restart) instead of a fresh one. */
  readonly dataDir?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'dropin-test-'));
  const { db } = openDatabase(dataDir);
  const storage = sqliteStorage(db);
  const app = await buildApp({
    storage,
    version: '0.0.0-test',
    staticDir: options.staticDir ?? path.join(dataDir, 'no-build-here'),
    logLevel: options.logStream ? 'trace' : 'silent',
    ...(options.now ? { now: options.now } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    storage,
    sqlite: db,
    now: options.now ?? (() => new Date()),
    baseUrl,
    dataDir,
    async close({ keepData = false } = {}) {
      await app.close();
      await storage.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temporary folder removed by the returned cleanup function. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
