/**
 * The server-side faults of a run, placed by the seed at points in the fleet's progress (ops made
 * so far), not at times: SIGKILL and restart, SIGSTOP for a moment then SIGCONT, and partitions of
 * one device. One server fault at a time; `stop` waits for the last and heals everything.
 */
import type { FaultMix } from './cells.js';
import type { Fleet } from './fleet.js';
import type { Random } from './prng.js';

export interface NemesisCounts {
  kills: number;
  pauses: number;
  partitions: number;
}

type Event =
  | { readonly at: number; readonly kind: 'kill' }
  | { readonly at: number; readonly kind: 'pause'; readonly ms: number }
  | { readonly at: number; readonly kind: 'partition'; readonly device: string; readonly until: number };

export interface Nemesis {
  /** The fleet has made `total` ops: start whatever is due. */
  onProgress(total: number): void;
  stop(): Promise<NemesisCounts>;
}

export function startNemesis(fleet: Fleet, mix: FaultMix, totalOps: number, random: Random): Nemesis {
  const point = () => random.int(Math.floor(totalOps * 0.05), Math.floor(totalOps * 0.85));
  const events: Event[] = [];
  for (let i = 0; i < mix.kills; i += 1) events.push({ at: point(), kind: 'kill' });
  for (let i = 0; i < mix.pauses; i += 1) events.push({ at: point(), kind: 'pause', ms: random.int(50, 600) });
  for (let i = 0; i < mix.partitions; i += 1) {
    const at = point();
    const device = random.pick(fleet.devices).plan.label;
    events.push({ at, kind: 'partition', device, until: at + mix.partitionOps });
  }
  events.sort((a, b) => a.at - b.at);

  const counts: NemesisCounts = { kills: 0, pauses: 0, partitions: 0 };
  const healAt = new Map<string, number>();
  // Server faults one after another: a restart is never paused, a pause never killed.
  let serverFaults: Promise<void> = Promise.resolve();
  let failure: unknown;

  function serverFault(task: () => Promise<void>): void {
    serverFaults = serverFaults.then(task).catch((error: unknown) => {
      failure ??= error;
    });
  }

  return {
    onProgress(total) {
      for (const [device, until] of healAt) {
        if (total >= until) {
          fleet.proxy.heal(device);
          healAt.delete(device);
        }
      }
      while (events.length > 0 && (events[0] as Event).at <= total) {
        const event = events.shift() as Event;
        if (event.kind === 'partition') {
          counts.partitions += 1;
          fleet.proxy.partition(event.device);
          healAt.set(event.device, Math.max(healAt.get(event.device) ?? 0, event.until));
        } else if (event.kind === 'kill') {
          serverFault(async () => {
            counts.kills += 1;
            await fleet.crashAndRestart();
          });
        } else {
          serverFault(async () => {
            counts.pauses += 1;
            fleet.server().pause();
            await new Promise((resolve) => setTimeout(resolve, event.ms));
            fleet.server().resume();
          });
        }
      }
    },
    async stop() {
      await serverFaults;
      for (const device of healAt.keys()) fleet.proxy.heal(device);
      healAt.clear();
      if (failure) throw failure;
      return counts;
    },
  };
}
