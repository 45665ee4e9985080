/**
 * The database a test server runs on, on the engine the run asks for: SQLite by default, PostgreSQL
 * when DROPIN_TEST_ENGINE=postgres (the `postgres` vitest project, which starts the cluster).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { inject } from 'vitest';
import { openDatabase } from '../../../server/db/database.js';
import { sqliteStorage } from '../../../server/storage/sqlite/index.js';
import type { Storage } from '../../../server/storage/types.js';
import { type DatabasePeek, postgresPeek, sqlitePeek } from './database-peek.js';

export type TestEngine = 'sqlite' | 'postgres';

/** Where a test server's data lives; pass it to a new server to restart on the same data. */
export type TestDatabase =
  | { readonly engine: 'sqlite'; readonly dataDir: string }
  | { readonly engine: 'postgres'; readonly url: string };

/** The engine this run tests: DROPIN_TEST_ENGINE=postgres, or SQLite. */
export function testEngine(): TestEngine {
  const asked = process.env.DROPIN_TEST_ENGINE;
  if (asked === undefined || asked === '' || asked === 'sqlite') return 'sqlite';
  if (asked === 'postgres') return 'postgres';
  throw new Error(`DROPIN_TEST_ENGINE must be 'sqlite' or 'postgres', not '${asked}'.`);
}

/** A new, empty database: a temporary data folder, or a database of its own in the run's cluster. */
export async function createTestDatabase(engine: TestEngine = testEngine()): Promise<TestDatabase> {
  if (engine === 'postgres') {
    const { createTestDatabase: createPostgresDatabase } = await import('../../support/postgres-database.js');
    return { engine, url: await createPostgresDatabase('server') };
  }
  return { engine, dataDir: mkdtempSync(path.join(tmpdir(), 'dropin-test-')) };
}

/** Removes the database for good: the data folder, or DROP DATABASE ... WITH (FORCE). */
export async function removeTestDatabase(database: TestDatabase): Promise<void> {
  if (database.engine === 'sqlite') {
    rmSync(database.dataDir, { recursive: true, force: true });
    return;
  }
  const { dropDatabase } = await import('../../support/postgres.js');
  await dropDatabase(clusterAdminUrl(), database.url);
}

export interface OpenedTestDatabase extends DatabasePeek {
  /** The server's storage over the database, migrated. */
  readonly storage: Storage;
  /** Makes the database unanswerable under a running server, as a failed disk or database server would. */
  breakDatabase(): Promise<void>;
  /**
   * SQLite only: the server's own connection, for what SQLite itself can be told to do to it
   * (PRAGMA max_page_count makes a full disk, PRAGMA query_only a read-only one).
   */
  readonly sqlite?: Database;
  /** Closes the storage and the peek; the data stays. */
  close(): Promise<void>;
}

/** Opens (and migrates) the storage, with a peek beside it. */
export async function openTestDatabase(database: TestDatabase): Promise<OpenedTestDatabase> {
  if (database.engine === 'sqlite') {
    const { db } = openDatabase(database.dataDir);
    const storage = sqliteStorage(db);
    return {
      ...sqlitePeek(db),
      storage,
      sqlite: db,
      breakDatabase: async () => {
        db.close(); // the database goes away underneath the running server
      },
      close: () => storage.close(),
    };
  }
  // PostgreSQL modules are imported only when used, so a SQLite run never loads pg.
  const { cutOffDatabase } = await import('../../support/postgres.js');
  const { openPostgresStorage } = await import('../../../server/storage/postgres/index.js');
  const { storage } = await openPostgresStorage(database.url);
  const peek = await postgresPeek(database.url);
  return {
    ...peek,
    storage,
    breakDatabase: () => cutOffDatabase(clusterAdminUrl(), database.url),
    async close() {
      await storage.close();
      await peek.end();
    },
  };
}

function clusterAdminUrl(): string {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('No PostgreSQL cluster: run this file in the `postgres` vitest project.');
  return adminUrl;
}
