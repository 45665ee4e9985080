/** The figures table of a matrix run: printed at the end, and written for the soak script and the README. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../support/server-process.js';
import { FAULT_KINDS } from './fault-proxy.js';
import type { CellFigures } from './run-cell.js';

export function figuresTable(rows: readonly CellFigures[]): string {
  const header = [
    'cell',
    'devices',
    'ops',
    'on server',
    ...FAULT_KINDS,
    'SIGKILL',
    'SIGSTOP',
    'server down',
    'skewed',
    's',
    'losses',
    'dups',
  ];
  const lines = rows.map((row) => [
    row.cell,
    row.devices,
    row.opsMade,
    row.opsOnServer,
    ...FAULT_KINDS.map((kind) => row.faults[kind]),
    row.server.kills,
    row.server.pauses,
    row.serverDown,
    row.skewedClocks,
    (row.durationMs / 1000).toFixed(1),
    row.losses,
    row.duplicates,
  ]);
  const total = (pick: (row: CellFigures) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const faults = total((row) => FAULT_KINDS.reduce((sum, kind) => sum + row.faults[kind], 0));
  const summary = `${rows.length} cells, ${total((row) => row.opsMade)} ops, ${faults} request faults, ${total(
    (row) => row.server.kills,
  )} SIGKILLs, ${total((row) => row.server.pauses)} SIGSTOPs, losses ${total((row) => row.losses)}, duplicates ${total(
    (row) => row.duplicates,
  )}; seeds ${[...new Set(rows.map((row) => row.seed))].join(', ')}`;
  const table = [header, ...lines].map((cells) => `| ${cells.join(' | ')} |`);
  table.splice(1, 0, `|${header.map(() => ' --- ').join('|')}|`);
  return `${table.join('\n')}\n\n${summary}`;
}

/** Writes the figures where `npm run test:soak` reads them (build/reports/faults-<matrix>.json). */
export function saveFigures(matrix: string, rows: readonly CellFigures[]): string {
  const file = path.join(PROJECT_ROOT, 'build', 'reports', `faults-${matrix}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ matrix, cells: rows }, null, 2)}\n`);
  return file;
}
