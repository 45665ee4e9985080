/**
 * Playwright's global setup and teardown for `npm run bench`: setup clears the rows of an
 * earlier run; teardown prints the table (budget, baseline, met or missed), writes
 * bench/results/latest.json and rewrites the table in docs/performance.md. A row this run did
 * not measure (a filtered run) keeps its earlier figure, marked with when it was measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { ROWS, type RowId } from './catalogue.js';
import { FIGURES_DIR, formatMeasure, type RecordedFigure } from './figure.js';

const RESULTS = path.resolve('bench/results/latest.json');
const DOC = path.resolve('docs/performance.md');
const START = '<!-- figures:start (written by npm run bench) -->';
const END = '<!-- figures:end -->';

interface Results {
  readonly ranAt: string;
  readonly machine: Record<string, unknown>;
  readonly figures: Record<string, RecordedFigure & { readonly fromEarlierRun?: boolean }>;
}

export function clearFigures(): void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(RUN_FILE, JSON.stringify({ loadAverageAtStart: os.loadavg()[0] ?? 0 }));
}

/** Facts about the run itself, beside the rows (setup and teardown may not share a process). */
const RUN_FILE = path.join(FIGURES_DIR, '_run.json');

function loadAtStart(): number {
  try {
    return (JSON.parse(readFileSync(RUN_FILE, 'utf8')) as { loadAverageAtStart: number }).loadAverageAtStart;
  } catch {
    return Number.NaN;
  }
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown: the figures still stand.
  }
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    loadAverageAtStart: Number(loadAtStart().toFixed(2)),
    loadAverageAtEnd: Number((os.loadavg()[0] ?? 0).toFixed(2)),
  };
}

function thisRun(): RecordedFigure[] {
  if (!existsSync(FIGURES_DIR)) return [];
  return readdirSync(FIGURES_DIR)
    .filter((file) => file.endsWith('.json') && !file.startsWith('_'))
    .map((file) => JSON.parse(readFileSync(path.join(FIGURES_DIR, file), 'utf8')) as RecordedFigure);
}

function earlier(): Results['figures'] {
  if (!existsSync(RESULTS)) return {};
  try {
    return (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results).figures ?? {};
  } catch {
    return {};
  }
}

function verdict(met: boolean | null): string {
  return met === null ? 'reported' : met ? 'met' : '**missed**';
}

export function tableOf(figures: Results['figures']): string {
  const lines = ['| figure | measured | baseline (same run) | ratio | budget | verdict |', '|---|---|---|---|---|---|'];
  for (const id of Object.keys(ROWS) as RowId[]) {
    const row = ROWS[id];
    const figure = figures[id];
    if (!figure) {
      lines.push(`| ${row.title} | not measured | ${row.baseline} | | ${row.budget} | — |`);
      continue;
    }
    const when = figure.fromEarlierRun ? ` (${figure.measuredAt.slice(0, 10)})` : '';
    const ratio = figure.ratio === undefined ? '' : `${figure.ratio.toFixed(2)}`;
    lines.push(
      `| ${row.title} | ${formatMeasure(figure.measured)}${when} | ${row.baseline}: ${formatMeasure(figure.baseline)} | ${ratio} | ${row.budget} | ${verdict(figure.met)} |`,
    );
  }
  return lines.join('\n');
}

function machineLine(facts: Record<string, unknown>): string {
  return `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${facts.cpu}, ${facts.memoryGiB} GiB, ${facts.os}, Node ${facts.node}, ${facts.chromium}; load average ${facts.loadAverageAtStart} at the start, ${facts.loadAverageAtEnd} at the end.`;
}

export function writeSummary(): void {
  const measured = thisRun();
  if (measured.length === 0) return;
  const figures: Results['figures'] = {};
  for (const [id, figure] of Object.entries(earlier())) {
    if (id in ROWS) figures[id] = { ...figure, fromEarlierRun: true };
  }
  for (const figure of measured) figures[figure.id] = figure;
  const facts = machine();
  const results: Results = { ranAt: new Date().toISOString(), machine: facts, figures };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  formatWritten([RESULTS]);

  const table = tableOf(figures);
  console.log(`\n${table}\n\n${machineLine(facts)}\nWritten to ${path.relative(process.cwd(), RESULTS)}.`);
  if (!existsSync(DOC)) return;
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return;
  const block = `${START}\n${machineLine(facts)}\n\n${table}\n${END}`;
  writeFileSync(DOC, doc.slice(0, start) + block + doc.slice(end + END.length));
  formatWritten([DOC]);
}

/** The files as the repository's formatter keeps them, so a bench run leaves `biome ci` green. */
function formatWritten(files: readonly string[]): void {
  try {
    execFileSync('npx', ['biome', 'format', '--write', ...files], { stdio: 'ignore' });
  } catch {
    console.warn(`Could not format ${files.join(', ')}: run npm run format before committing them.`);
  }
}
