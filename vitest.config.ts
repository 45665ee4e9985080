/**
 * Three projects: `unit` (core and browser modules under Node; needs no build), `server`
 * (real HTTP, real SQLite files) and `postgres` (a real PostgreSQL cluster, issue 17).
 * `npx vitest run --project unit` is the fast inner loop.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        plugins: [preact()],
        test: {
          name: 'unit',
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
          include: ['tests/server/postgres/**/*.test.ts'],
          // One throwaway cluster for the whole run, each file in its own database. A project of
          // its own rather than a globalSetup on `server`: Vitest starts a project's globalSetup
          // only when that project has files in the run, so the SQLite server files (and
          // `--project server`) never wait for initdb. When the server suite runs on both engines,
          // its PostgreSQL copy joins this project.
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 90_000,
        },
      },
    ],
  },
});
