/**
 * Benchmarks that need a real browser (`npm run bench`, after vitest's): the built server and
 * app, Debian's Chromium, one worker so nothing else competes for the two cores. They report
 * figures with their same-run baselines; they assert no times.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export default defineConfig({
  testDir: 'browser',
  testMatch: '*.bench.spec.ts',
  outputDir: '../build/bench-results',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), serviceWorkers: 'allow' },
});
