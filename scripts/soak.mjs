// `npm run test:soak`: the large sync-under-faults matrix (tests/faults, FAULTS_MATRIX=soak), its
// largest cell over 10,000 ops. SEED=<n> replays a run, CELL=<name> runs one cell. The figures table
// is printed at the end and written to build/reports/faults-soak.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, 'build', 'reports', 'faults-soak.json');
const started = Date.now();
const result = spawnSync(
  path.join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--project', 'faults', '--reporter=verbose'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FAULTS_MATRIX: 'soak' } },
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (existsSync(report)) {
  const { cells } = JSON.parse(readFileSync(report, 'utf8'));
  const ops = cells.reduce((sum, cell) => sum + cell.opsMade, 0);
  console.log(`\nSoak: ${cells.length} cells, ${ops} ops in ${minutes} min; figures in ${path.relative(root, report)}`);
}
process.exit(result.status ?? 1);
