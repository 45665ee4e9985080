/**
 * `npm run bench`'s figures (after vitest's micro-benchmarks): the built server as a real
 * process, Debian's Chromium driven through CDP, autocannon for load; one worker so nothing
 * else competes for the cores. Each spec records rows with their same-run baselines
 * (bench/figures/support/figure.ts); the global teardown prints the table and writes
 * bench/results/latest.json. They assert no times.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export default defineConfig({
  testDir: 'figures',
  testMatch: '*.bench.spec.ts',
  outputDir: '../build/bench-results',
  globalSetup: './figures/support/global-setup.ts',
  globalTeardown: './figures/support/global-teardown.ts',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), serviceWorkers: 'allow' },
});
