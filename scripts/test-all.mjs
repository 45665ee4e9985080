// `npm test`: every check, in order, with one summary line at the end.
//   type check (with the boundary probes) → lint/format → vitest (unit + server) → production build → Playwright (e2e)
// Type check, lint and build count as one check each; vitest and Playwright count their tests.
// A failing step does not hide the others' results, but end-to-end tests need the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'build', 'reports');
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

const started = Date.now();
const timings = [];

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${title} ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  return result.status === 0;
}

function countStep(ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Adds a runner's counts; a runner that failed without a report counts as one failure. */
function countRunner(ok, counts) {
  if (!counts) return countStep(false);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  // A crash after some tests passed must still fail the run.
  if (!ok && counts.failed === 0) totals.failed += 1;
  return ok;
}

const npx = (bin, args) => [path.join(root, 'node_modules', '.bin', bin), args];

// The boundary probes run even when the type check fails: they need no build/.
const typed = run('Type check', ...npx('tsc', ['-b', 'tsconfig.json']));
const bounded = run('Boundaries', process.execPath, [path.join(root, 'scripts', 'check-boundaries.mjs')]);
countStep(typed && bounded);
countStep(run('Lint and format', ...npx('biome', ['ci', '.'])));

const vitestReport = path.join(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestOk = run(
  'Unit and server tests',
  ...npx('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
);
const vitest = readJson(vitestReport);
countRunner(
  vitestOk,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

const built = countStep(run('Production build', 'npm', ['run', 'build']));

if (built) {
  const playwrightReport = path.join(reports, 'playwright.json');
  rmSync(playwrightReport, { force: true });
  const e2eOk = run('End-to-end tests', ...npx('playwright', ['test']));
  const stats = readJson(playwrightReport)?.stats;
  countRunner(
    e2eOk,
    stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped },
  );
} else {
  console.log('\n━━ End-to-end tests: not run, because the build failed');
  countStep(false);
}

// How long each step took, so the suite's time budget (15 minutes here, issue 20) can be watched.
console.log(`\n${timings.join(' · ')} · total ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
