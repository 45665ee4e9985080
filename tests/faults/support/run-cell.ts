/**
 * One cell of the matrix: a fleet behind the fault proxy makes its ops while the proxy and the
 * nemesis inject faults, each device checked throughout; then faults stop, everyone syncs, and the
 * final checks run. A failure names the cell and the seed that replays it.
 */

import type { Cell } from './cells.js';
import { FAULT_KINDS, type Fault, type FaultKind, type ProxiedRequest } from './fault-proxy.js';
import { finalChecks } from './final-checks.js';
import { type DevicePlan, type Fleet, type FleetDevice, startFleet } from './fleet.js';
import { type NemesisCounts, startNemesis } from './nemesis.js';
import { type Random, stream } from './prng.js';
import { DeviceWatch } from './watch.js';
import { act, type DeviceMemory, enroll, newMemory, rememberOpenRequests, type World } from './workload.js';

export interface CellFigures {
  readonly cell: string;
  readonly seed: number;
  readonly devices: number;
  readonly opsMade: number;
  readonly opsOnServer: number;
  readonly faults: Record<FaultKind, number>;
  readonly server: NemesisCounts;
  /** Requests that found no server behind the proxy (while it was down after a SIGKILL). */
  readonly serverDown: number;
  readonly skewedClocks: number;
  readonly durationMs: number;
  readonly losses: number;
  readonly duplicates: number;
}

/** Participants enrolled before the run, so kiosks have people to check in. */
const DIRECTORY_SIZE = 12;
/** A full scan of a device's views every this many of its rounds (and at the end). */
const SCAN_EVERY = 8;

export function reproduceHint(cell: Cell, seed: number): string {
  const command = cell.name.startsWith('soak') ? 'npm run test:soak' : 'npx vitest run --project faults';
  return `SEED=${seed} CELL=${cell.name} ${command}`;
}

export async function runCell(cell: Cell, seed: number): Promise<CellFigures> {
  try {
    return await runCellOnce(cell, seed);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`Cell ${cell.name} failed (seed ${seed}). Reproduce: ${reproduceHint(cell, seed)}\n${message}`);
  }
}

async function runCellOnce(cell: Cell, seed: number): Promise<CellFigures> {
  const started = Date.now();
  const plans = planDevices(cell);
  const proxyStreams = new Map(plans.map((plan) => [plan.label, stream(seed, `proxy:${plan.label}`)]));
  const fleet = await startFleet({
    plans,
    choose: (request) => chooseFault(cell, request, proxyStreams),
    schedulerOptions: { random: stream(seed, 'backoff').next },
  });
  try {
    const watches = new Map(fleet.devices.map((device) => [device.plan.label, new DeviceWatch(device)]));
    const world: World = { directory: [], participants: [] };
    const memories = new Map(fleet.devices.map((device) => [device.plan.label, newMemory()]));
    await enrollDirectory(fleet, watches, memories, world, stream(seed, 'setup'));

    const totalOps = cell.opsPerDevice * fleet.devices.length;
    const nemesis = startNemesis(fleet, cell.mix, totalOps, stream(seed, 'nemesis'));
    let progress = 0;
    const onOps = (count: number) => {
      progress += count;
      nemesis.onProgress(progress);
    };
    fleet.proxy.setFaults(true);
    const runs = fleet.devices.map((device) =>
      runDevice(
        device,
        watches.get(device.plan.label) as DeviceWatch,
        memories.get(device.plan.label) as DeviceMemory,
        {
          cell,
          world,
          random: stream(seed, `device:${device.plan.label}`),
          onOps,
        },
      ),
    );
    const outcomes = await Promise.allSettled(runs);
    const server = await nemesis.stop();
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;

    fleet.proxy.setFaults(false);
    for (const device of fleet.devices) await device.client.stop();
    await settle(fleet);
    for (const device of fleet.devices) {
      const watch = watches.get(device.plan.label) as DeviceWatch;
      await watch.afterSync((keys) => [...keys]);
      await watch.fullScan();
    }
    const final = await finalChecks(fleet, watches);
    return {
      cell: cell.name,
      seed,
      devices: fleet.devices.length,
      opsMade: [...watches.values()].reduce((sum, watch) => sum + watch.made.length, 0),
      opsOnServer: final.opsOnServer,
      faults: fleet.proxy.counts(),
      server,
      serverDown: fleet.proxy.upstreamFailures(),
      skewedClocks: plans.filter((plan) => plan.clockOffsetMs !== 0).length,
      durationMs: Date.now() - started,
      losses: final.losses,
      duplicates: final.duplicates,
    };
  } finally {
    await fleet.close();
  }
}

/** Kiosks and laptops in turn, the last `schedulers` of them on the scheduler, clock errors handed out in order. */
function planDevices(cell: Cell): DevicePlan[] {
  const roles: DevicePlan['role'][] = [];
  for (let i = 0; i < Math.max(cell.kiosks, cell.laptops); i += 1) {
    if (i < cell.laptops) roles.push('staff');
    if (i < cell.kiosks) roles.push('kiosk');
  }
  return roles.map((role, index) => ({
    label: `${role === 'kiosk' ? 'k' : 's'}${index + 1}`,
    role,
    mode: index >= roles.length - cell.schedulers ? 'scheduler' : 'manual',
    clockOffsetMs: cell.mix.clockOffsets[index] ?? 0,
  }));
}

function chooseFault(cell: Cell, request: ProxiedRequest, streams: ReadonlyMap<string, Random>): Fault | null {
  const random = request.device === undefined ? undefined : streams.get(request.device);
  if (!random?.chance(cell.mix.requestFaultRate)) return null;
  const kind = random.weighted(cell.mix.weights);
  if (kind === 'delay') return { kind, ms: random.int(5, 150) };
  if (kind === 'dropRequest') return { kind, ms: random.int(0, 50) };
  return { kind } as Fault;
}

/** Before faults: the first laptop enrolls the people kiosks will check in, and everyone syncs. */
async function enrollDirectory(
  fleet: Fleet,
  watches: ReadonlyMap<string, DeviceWatch>,
  memories: ReadonlyMap<string, DeviceMemory>,
  world: World,
  random: Random,
): Promise<void> {
  const laptop = fleet.devices.find((device) => device.plan.role === 'staff') as FleetDevice;
  const watch = watches.get(laptop.plan.label) as DeviceWatch;
  for (let i = 0; i < DIRECTORY_SIZE; i += 1) {
    await watch.afterWrite(await enroll(laptop, memories.get(laptop.plan.label) as DeviceMemory, world, random));
  }
  world.directory.push(...world.participants);
  for (const device of fleet.devices) await syncOrThrow(device);
}

async function runDevice(
  device: FleetDevice,
  watch: DeviceWatch,
  memory: DeviceMemory,
  run: { cell: Cell; world: World; random: Random; onOps: (count: number) => void },
): Promise<void> {
  const { cell, world, random } = run;
  const quota = watch.made.length + cell.opsPerDevice;
  if (device.plan.mode === 'scheduler') device.client.start();
  let rounds = 0;
  while (watch.made.length < quota) {
    const before = device.roundsEnded();
    const burst = random.int(1, 2 * cell.opsPerRound - 1);
    for (let i = 0; i < burst && watch.made.length < quota; i += 1) {
      const ops = await act(device, memory, world, random);
      await watch.afterWrite(ops);
      run.onOps(ops.length);
      if (device.plan.mode === 'scheduler') device.client.trigger('write');
    }
    // Faults make rounds fail; the device carries on, as a tablet would, and tries again later.
    if (device.plan.mode === 'manual') await device.client.syncNow();
    else await until(() => device.roundsEnded() > before);
    rounds += 1;
    await rememberOpenRequests(device, memory);
    await watch.afterSync((keys) => sample(keys, random, 20));
    if (rounds % SCAN_EVERY === 0) await watch.fullScan();
  }
}

/** With faults off: every device pushes, then every device pulls, until a whole pass went through. */
async function settle(fleet: Fleet): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    let clean = true;
    for (const pass of ['push', 'pull']) {
      for (const device of fleet.devices) {
        const result = await device.client.syncNow();
        if (!result.ok) clean = false;
        if (pass === 'pull' && (await device.store.outboxCount()) > 0) clean = false;
      }
    }
    if (clean) return;
  }
  throw new Error('The fleet did not sync cleanly within 5 passes after the faults stopped.');
}

async function syncOrThrow(device: FleetDevice): Promise<void> {
  const result = await device.client.syncNow();
  if (!result.ok)
    throw new Error(`${device.plan.label}: sync failed: ${result.failure.error} ${result.failure.message}`);
}

/** Waits for a state, looking every few milliseconds (the test's timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

function sample(keys: readonly string[], random: Random, size: number): string[] {
  if (keys.length <= size) return [...keys];
  return Array.from({ length: size }, () => random.pick(keys));
}

export { FAULT_KINDS };
