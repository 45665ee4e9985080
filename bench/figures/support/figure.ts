/**
 * How a figure spec reports a row: the measured value and its baseline from the same run, and
 * whether the budget was met. Each row is written to build/bench/figures/<id>.json; the summary
 * (bench/figures/support/summary.ts, Playwright's global teardown) turns them into the table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROWS, type RowId, type Unit } from './catalogue.js';

export const FIGURES_DIR = path.resolve('build/bench/figures');

export interface Measure {
  readonly value: number;
  readonly unit: Unit;
  /** What else a reader needs beside the number, e.g. "p99 158 ms" or "p50 40 ms". */
  readonly note?: string;
}

export interface FigureReport {
  readonly measured: Measure;
  readonly baseline: Measure;
  /** Whether the budget in the catalogue was met; `null` for a row reported without a budget. */
  readonly met: boolean | null;
  /** measured ÷ baseline where that reads naturally (times, bytes); otherwise left out. */
  readonly ratio?: number;
  /** Raw numbers behind the row (samples, percentiles, sizes), kept in latest.json. */
  readonly details?: Record<string, unknown>;
}

export interface RecordedFigure extends FigureReport {
  readonly id: RowId;
  readonly title: string;
  readonly baselineName: string;
  readonly budget: string;
  readonly measuredAt: string;
}

export function recordFigure(id: RowId, report: FigureReport): RecordedFigure {
  const row = ROWS[id];
  const recorded: RecordedFigure = {
    id,
    title: row.title,
    baselineName: row.baseline,
    budget: row.budget,
    measuredAt: new Date().toISOString(),
    ...report,
  };
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(path.join(FIGURES_DIR, `${id}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`${row.title}: ${formatMeasure(report.measured)} | ${row.baseline}: ${formatMeasure(report.baseline)}`);
  return recorded;
}

export function formatMeasure(measure: Measure): string {
  const digits =
    measure.unit === 'KB' ? 1 : measure.value >= 100 || measure.unit === 'nodes' ? 0 : measure.value >= 10 ? 1 : 2;
  const number = measure.value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: measure.unit === 'KB' ? 1 : 0,
  });
  const text = measure.unit === 'ratio' ? `${number}×` : `${number} ${measure.unit}`;
  return measure.note ? `${text} (${measure.note})` : text;
}
