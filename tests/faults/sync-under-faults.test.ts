/**
 * Sync under faults, as a matrix (issue 20): real devices through a fault-injecting proxy to the
 * real server process. Each cell must lose nothing, store nothing twice and converge, with
 * read-your-writes and monotonic reads on every device throughout. SEED and CELL replay a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileServer } from '../support/server-process.js';
import { chosenCells } from './support/cells.js';
import { figuresTable, saveFigures } from './support/figures.js';
import { freshSeed } from './support/prng.js';
import { type CellFigures, runCell } from './support/run-cell.js';

const matrix = process.env.FAULTS_MATRIX === 'soak' ? 'soak' : 'short';
const seed = process.env.SEED ? Number(process.env.SEED) : freshSeed();
const cells = chosenCells();
const figures: CellFigures[] = [];

beforeAll(compileServer, 120_000);
afterAll(() => {
  if (figures.length === 0) return;
  saveFigures(matrix, figures);
  console.log(`Sync under faults (${matrix} matrix, seed ${seed}):\n${figuresTable(figures)}`);
});

describe(`sync under faults, the ${matrix} matrix (seed ${seed})`, () => {
  for (const cell of cells) {
    it(
      `${cell.name}: ${cell.kiosks} kiosks + ${cell.laptops} laptops × ${cell.opsPerDevice} ops, ${cell.opsPerRound} per round, ${cell.mix.name}`,
      async () => {
        const result = await runCell(cell, seed);
        figures.push(result);
        expect(result.opsOnServer).toBeGreaterThanOrEqual(result.opsMade);
        expect({ losses: result.losses, duplicates: result.duplicates }).toEqual({ losses: 0, duplicates: 0 });
      },
      matrix === 'soak' ? 3_600_000 : 150_000,
    );
  }
});
