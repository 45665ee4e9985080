/**
 * Two projects: `unit` (core and browser modules under Node; needs no build) and `server`
 * (real HTTP, real SQLite files). `npx vitest run --project unit` is the fast inner loop.
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
          // Real processes and HTTP round trips: on a loaded CI machine a test that takes 15 s
          // idle can take three times that. The bound catches a hang, it does not time anything.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
