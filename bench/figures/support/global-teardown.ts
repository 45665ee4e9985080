/** Playwright global teardown for the bench: the table, bench/results/latest.json, docs/performance.md. */
import { writeSummary } from './summary.js';

export default function globalTeardown(): void {
  writeSummary();
}
