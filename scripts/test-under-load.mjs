// `npm run test:under-load [-- --runs N --burners N]`: `npm test` N times in a row (default 2)
// while N CPU-bound processes (default 2) run beside it, the way a busy CI machine is. Uses
// `stress-ng --cpu N` when Debian's stress-ng is installed, else N copies of `yes > /dev/null`.
// Stops at the first red run; the burners are stopped however the script ends.
import { spawn, spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '2' }, burners: { type: 'string', default: '2' } },
});
const runs = wholeNumber(values.runs, 'runs');
const burners = wholeNumber(values.burners, 'burners');

function wholeNumber(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got "${text}").`);
    process.exit(2);
  }
  return value;
}

function hasStressNg() {
  return spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
}

function startBurners() {
  const devNull = openSync('/dev/null', 'w');
  if (hasStressNg()) {
    console.log(`Load: stress-ng --cpu ${burners}`);
    return [spawn('stress-ng', ['--cpu', String(burners), '--quiet'], { stdio: ['ignore', devNull, devNull] })];
  }
  console.log(`Load: ${burners} × yes > /dev/null (install stress-ng for the same check with it)`);
  return Array.from({ length: burners }, () => spawn('yes', [], { stdio: ['ignore', devNull, devNull] }));
}

const load = startBurners();
const stopLoad = () => {
  for (const child of load) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

let failedRun = 0;
for (let run = 1; run <= runs; run += 1) {
  const started = Date.now();
  console.log(`\n══ Run ${run} of ${runs} under load`);
  const result = spawnSync('npm', ['test'], { cwd: root, stdio: 'inherit' });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`══ Run ${run} of ${runs}: ${result.status === 0 ? 'green' : 'red'} in ${minutes} min`);
  if (result.status !== 0) {
    failedRun = run;
    break;
  }
}
stopLoad();
console.log(failedRun === 0 ? `\nAll ${runs} runs green under load.` : `\nRun ${failedRun} was red under load.`);
process.exit(failedRun === 0 ? 0 : 1);
