/**
 * The matrix: cells of devices × op rates × fault mixes. The short matrix runs in `npm test`; the
 * large one in `npm run test:soak` (FAULTS_MATRIX=soak), its largest cell over 10,000 ops.
 */
import type { FaultKind } from './fault-proxy.js';

type RequestFault = Exclude<FaultKind, 'partitioned'>;

export interface FaultMix {
  readonly name: string;
  /** The chance that a request meets one of `weights`' faults. */
  readonly requestFaultRate: number;
  readonly weights: Readonly<Partial<Record<RequestFault, number>>>;
  /** Server SIGKILLs (each followed by a restart on the same DATA_DIR) over the run. */
  readonly kills: number;
  /** SIGSTOP … SIGCONT pauses of the server over the run. */
  readonly pauses: number;
  /** Partitions: one device's requests all fail, for `partitionOps` ops made by the fleet. */
  readonly partitions: number;
  readonly partitionOps: number;
  /** Clock errors (ms), given to devices in turn (kiosk, laptop, kiosk...); the rest are right. */
  readonly clockOffsets: readonly number[];
}

export interface Cell {
  readonly name: string;
  readonly kiosks: number;
  readonly laptops: number;
  /** How many devices (the last ones) run the sync client's scheduler instead of calling syncNow(). */
  readonly schedulers: number;
  readonly opsPerDevice: number;
  /** The rate: ops a device records between two syncs, on average. */
  readonly opsPerRound: number;
  readonly mix: FaultMix;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const LOSSY: FaultMix = {
  name: 'lossy network',
  requestFaultRate: 0.3,
  weights: { dropRequest: 2, dropResponse: 3, resetBefore: 2, resetAfter: 3, delay: 2 },
  kills: 0,
  pauses: 0,
  partitions: 2,
  partitionOps: 40,
  clockOffsets: [],
};

const FLAKY_SERVER: FaultMix = {
  name: 'flaky server',
  requestFaultRate: 0.3,
  weights: { error500: 2, error503: 2, duplicate: 4, delay: 2, dropResponse: 2 },
  kills: 2,
  pauses: 2,
  partitions: 0,
  partitionOps: 0,
  clockOffsets: [-5 * HOUR, 3 * DAY],
};

const EVERYTHING: FaultMix = {
  name: 'everything',
  requestFaultRate: 0.35,
  weights: {
    dropRequest: 1,
    dropResponse: 2,
    delay: 1,
    duplicate: 2,
    error500: 1,
    error503: 1,
    resetBefore: 1,
    resetAfter: 2,
  },
  kills: 3,
  pauses: 3,
  partitions: 3,
  partitionOps: 60,
  clockOffsets: [2 * DAY, -3 * HOUR, -6 * HOUR, -2 * DAY, 5 * HOUR],
};

export const SHORT_MATRIX: readonly Cell[] = [
  { name: 'short-3dev-lossy', kiosks: 1, laptops: 2, schedulers: 1, opsPerDevice: 120, opsPerRound: 3, mix: LOSSY },
  {
    name: 'short-5dev-flaky-server',
    kiosks: 2,
    laptops: 3,
    schedulers: 2,
    opsPerDevice: 80,
    opsPerRound: 8,
    mix: FLAKY_SERVER,
  },
  {
    name: 'short-6dev-everything',
    kiosks: 3,
    laptops: 3,
    schedulers: 2,
    opsPerDevice: 80,
    opsPerRound: 5,
    mix: EVERYTHING,
  },
];

export const SOAK_MATRIX: readonly Cell[] = [
  { name: 'soak-3dev-lossy-slow', kiosks: 1, laptops: 2, schedulers: 1, opsPerDevice: 600, opsPerRound: 1, mix: LOSSY },
  {
    name: 'soak-3dev-everything',
    kiosks: 1,
    laptops: 2,
    schedulers: 1,
    opsPerDevice: 800,
    opsPerRound: 4,
    mix: EVERYTHING,
  },
  {
    name: 'soak-6dev-flaky-server',
    kiosks: 3,
    laptops: 3,
    schedulers: 2,
    opsPerDevice: 600,
    opsPerRound: 10,
    mix: { ...FLAKY_SERVER, kills: 5, pauses: 5 },
  },
  {
    name: 'soak-6dev-lossy-bursts',
    kiosks: 3,
    laptops: 3,
    schedulers: 3,
    opsPerDevice: 600,
    opsPerRound: 25,
    mix: LOSSY,
  },
  {
    name: 'soak-10dev-everything',
    kiosks: 5,
    laptops: 5,
    schedulers: 4,
    opsPerDevice: 1100,
    opsPerRound: 8,
    mix: { ...EVERYTHING, kills: 8, pauses: 8, partitions: 8, partitionOps: 400 },
  },
];

/** The matrix this run asks for (FAULTS_MATRIX=soak for the large one), or one cell of it (CELL=name). */
export function chosenCells(env: NodeJS.ProcessEnv = process.env): readonly Cell[] {
  const matrix = env.FAULTS_MATRIX === 'soak' ? SOAK_MATRIX : SHORT_MATRIX;
  if (!env.CELL) return matrix;
  const cells = matrix.filter((cell) => cell.name === env.CELL);
  if (cells.length === 0)
    throw new Error(`No cell named ${env.CELL} in this matrix: ${matrix.map((cell) => cell.name).join(', ')}`);
  return cells;
}
