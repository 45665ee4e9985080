/**
 * Four projects: `unit` (core and browser modules under Node; needs no build), `server`
 * (real HTTP, real SQLite files), `postgres` (a real PostgreSQL cluster, issue 17: its own
 * tests and the server suite again on PostgreSQL) and `faults` (sync under injected faults, issue 20).
 * `npx vitest run --project unit` is the fast inner loop.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { icuCatalogues } from './scripts/icu-catalogues.mjs';

/** Server test files that run on SQLite only (the `postgres` project leaves them out). */
const SQLITE_ONLY = [
  // the SQLite storage, its file and migrations, and openStorage's SQLite case
  'tests/server/storage/sqlite.test.ts',
  'tests/server/storage/open.test.ts',
  'tests/server/storage/disk-trouble.test.ts',
  'tests/server/migrations.test.ts',
  // the compiled server as a process over DATA_DIR: start, banner, backup and restore, SIGKILL mid-push
  'tests/server/process.test.ts',
  'tests/server/backup-restore.test.ts',
  'tests/server/read-only-start.test.ts',
  'tests/server/sync/crash.test.ts',
  // no database at all: configuration, the source boundary, throttles, error handling, CSV writing
  'tests/server/config.test.ts',
  'tests/server/storage-boundary.test.ts',
  'tests/server/throttle.test.ts',
  'tests/server/errors.test.ts',
  'tests/server/exports/hmis-csv.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        plugins: [icuCatalogues(), preact()],
        test: {
          name: 'unit',
          // Every catalogue in English and Spanish, as a running app has its own loaded.
          setupFiles: ['tests/unit/support/load-messages.ts'],
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // One module graph per worker instead of one per file: 7 s instead of 22 s here. Every
          // file that touches globals resets them (a fresh IDBFactory, unstubAllGlobals), and a
          // shuffled order passes (`--sequence.shuffle`).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          exclude: ['tests/server/postgres/**'],
          // Real processes and HTTP round trips: on a loaded CI machine a test that takes 15 s
          // idle can take three times that. The bound catches a hang, it does not time anything.
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          // The PostgreSQL tests, and the server suite again on PostgreSQL (DROPIN_TEST_ENGINE makes
          // tests/server/support/test-server.ts open PostgreSQL), except the files that do not
          // depend on the engine: about SQLite itself, the server process over its SQLite file, or
          // pure modules with no database at all.
          include: ['tests/server/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          env: { DROPIN_TEST_ENGINE: 'postgres' },
          // One throwaway cluster for the whole run, each file in its own database. A project of
          // its own rather than a globalSetup on `server`: Vitest starts a project's globalSetup
          // only when that project has files in the run, so the SQLite server files (and
          // `--project server`) never wait for initdb.
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'faults',
          // Sync under faults (issue 20): devices over fake-indexeddb, a fault proxy and the compiled
          // server as a process. The short matrix; FAULTS_MATRIX=soak (npm run test:soak) the large one.
          include: ['tests/faults/**/*.test.ts'],
          testTimeout: 150_000,
        },
      },
    ],
  },
});
