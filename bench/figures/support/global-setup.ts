/** Playwright global setup for the bench: a clean slate for this run's rows. */
import { clearFigures } from './summary.js';

export default function globalSetup(): void {
  clearFigures();
}
