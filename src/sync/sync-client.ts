/**
 * The sync scheduler. Syncs at start, on the `online` event, shortly after each local write and
 * periodically; between rounds it long-polls so changes from other devices arrive within about a
 * second. Failures back off exponentially with jitter. It reports a status the screens show.
 */
import type { PullResponse } from '../core/sync/api.js';
import type { OpStore } from '../store/op-store.js';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import type { ApiFailure } from './http.js';
import { type CycleResult, pullChanges, pushOutbox } from './sync-cycle.js';
import type { SyncTransport } from './sync-transport.js';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'blocked';

export interface SyncStatus {
  /** idle: up to date as far as we know; offline: the server cannot be reached; blocked: it refused us. */
  readonly phase: SyncPhase;
  /** Changes made here that the server has not confirmed yet. */
  readonly pending: number;
  /** Changes the server refused; kept on the device, never retried. */
  readonly rejected: number;
  readonly lastSyncAt: string | null;
  /** Code of the last failure (`offline`, `unauthorized`, `device_revoked`, ...), null after a success. */
  readonly problem: string | null;
}

export type SyncTrigger = 'start' | 'write' | 'online' | 'timer' | 'manual';

export interface SyncClientOptions {
  readonly store: OpStore;
  readonly transport: SyncTransport;
  readonly onStatus?: (status: SyncStatus) => void;
  /** Hold a pull open between rounds so other devices' changes arrive at once (default true). */
  readonly live?: boolean;
  readonly batchSize?: number;
  readonly pageSize?: number;
  readonly longPollSeconds?: number;
  /** A round at least this often even when nothing happens (default 30 s). */
  readonly periodMs?: number;
  /** Writes within this long of each other go in one round (default 40 ms)... */
  readonly writeDebounceMs?: number;
  /** ...but a round waits no longer than this after the first write of a burst (default 250 ms). */
  readonly writeBurstMaxMs?: number;
  readonly backoff?: BackoffPolicy;
  readonly random?: () => number;
  readonly now?: () => Date;
  /**
   * Runs after each push that got an answer for everything sent, before the pull (a kiosk then
   * forgets what the server now holds). Its failure is ignored: the next round runs it again.
   */
  readonly afterPush?: () => Promise<void>;
}

export interface SyncClient {
  start(): void;
  stop(): Promise<void>;
  /** Something happened that is worth a round soon (a local write, the network came back...). */
  trigger(reason: SyncTrigger): void;
  /** One full round now (push, then pull); resolves with its result. */
  syncNow(): Promise<CycleResult>;
  readonly status: SyncStatus;
}

const BLOCKING_ERRORS = new Set(['unauthorized', 'device_revoked', 'forbidden', 'cross_site']);

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { store, transport } = options;
  const live = options.live ?? true;
  const batchSize = options.batchSize ?? 100;
  const pageSize = options.pageSize ?? 500;
  const longPollSeconds = options.longPollSeconds ?? 15;
  const periodMs = options.periodMs ?? 30_000;
  const writeDebounceMs = options.writeDebounceMs ?? 40;
  const writeBurstMaxMs = Math.max(writeDebounceMs, options.writeBurstMaxMs ?? 250);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());

  let status: SyncStatus = { phase: 'idle', pending: 0, rejected: 0, lastSyncAt: null, problem: null };
  let running = false;
  let loop: Promise<void> | undefined;
  let exclusive: Promise<unknown> = Promise.resolve();
  let wake: ((reason: SyncTrigger) => void) | undefined;
  let acceptWake: (reason: SyncTrigger) => boolean = () => true;
  let wroteDuringRound = false;
  let failures = 0;

  function setStatus(change: Partial<SyncStatus>): void {
    status = { ...status, ...change };
    options.onStatus?.(status);
  }

  async function refreshCounts(): Promise<void> {
    const [pending, rejected, lastSyncAt] = await Promise.all([
      store.outboxCount(),
      store.rejectedOps().then((ops) => ops.length),
      store.getLastSyncAt(),
    ]);
    setStatus({ pending, rejected, lastSyncAt });
  }

  /** Rounds never overlap: a manual round waits for the loop's and the other way round. */
  function runExclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = exclusive.then(task, task);
    exclusive = result.catch(() => undefined);
    return result;
  }

  function round(): Promise<CycleResult> {
    return runExclusive(async () => {
      wroteDuringRound = false;
      setStatus({ phase: 'syncing' });
      const result = await runRound();
      if (result.ok) {
        failures = 0;
        await store.setLastSyncAt(now().toISOString());
        setStatus({ phase: 'idle', problem: null });
      } else {
        failures += 1;
        setStatus({ phase: phaseFor(result.failure), problem: result.failure.error });
      }
      await refreshCounts();
      return result;
    });
  }

  async function runRound(): Promise<CycleResult> {
    try {
      // A pull that met a replaced server asks for one more push and pull (see pullChanges); a
      // server replaced again within the round waits for the next one.
      let pulled: CycleResult = { ok: true, pushAgain: true };
      for (let pass = 0; pass < 3 && pulled.ok && pulled.pushAgain; pass += 1) {
        const pushed = await pushOutbox(store, transport, batchSize);
        if (!pushed.ok) return pushed;
        await options.afterPush?.().catch(() => undefined);
        pulled = await pullChanges(store, transport, pageSize);
      }
      return pulled;
    } catch (error) {
      // A storage failure (quota, a closed database) is reported, never thrown out of the loop.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: { ok: false, status: 0, error: 'storage', message } };
    }
  }

  /** Resolves on a trigger `accept` lets through, or after `ms` with 'timer'. */
  function waitFor(ms: number, accept: (reason: SyncTrigger) => boolean): Promise<SyncTrigger> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish('timer'), ms);
      function finish(reason: SyncTrigger) {
        clearTimeout(timer);
        wake = undefined;
        resolve(reason);
      }
      acceptWake = accept;
      wake = finish;
    });
  }

  /**
   * Between rounds: hold a pull open until something changes, a trigger comes, or the period ends.
   * A long-poll that ends with nothing new is simply opened again.
   */
  async function idle(): Promise<SyncTrigger | 'changed' | 'failed'> {
    let cursor = await store.getCursor();
    const triggered = waitFor(periodMs, () => true).then((reason) => ({ reason }));
    if (!live || !cursor) return (await triggered).reason;
    for (;;) {
      const controller = new AbortController();
      const poll = transport.pull(cursor.cursor, { limit: pageSize, wait: longPollSeconds, signal: controller.signal });
      const first = await Promise.race([poll.then((answer) => ({ answer })), triggered]);
      if ('reason' in first) {
        controller.abort();
        await poll;
        return first.reason;
      }
      const { answer } = first;
      if (answer.ok && answer.value.serverId === cursor.serverId && answer.value.cursor === cursor.cursor) {
        // Nothing new. Pause a moment before asking again, so a server that does not hold pulls
        // open (an older version, a proxy) is not asked in a tight loop.
        await Promise.race([new Promise((resolve) => setTimeout(resolve, 1000)), triggered]);
        continue;
      }
      if (
        answer.ok &&
        answer.value.serverId === cursor.serverId &&
        (await storeHeldAnswer(answer.value, cursor.cursor))
      ) {
        // The answer was the news itself, now stored: hold the next pull open from its cursor.
        cursor = { serverId: answer.value.serverId, cursor: answer.value.cursor };
        continue;
      }
      wake?.('timer');
      if (answer.ok) return 'changed';
      failures += 1;
      setStatus({ phase: phaseFor(answer), problem: answer.error });
      return 'failed';
    }
  }

  /**
   * Stores a held pull's answer as a round's pull would have (the page is the same), and reports
   * the sync, so screens show other devices' changes without another round trip. False when a
   * round should follow instead: more pages wait, a write or another round came first, or the
   * page could not be stored (the round then reports why).
   */
  function storeHeldAnswer(page: PullResponse, from: number): Promise<boolean> {
    if (page.more) return Promise.resolve(false);
    return runExclusive(async () => {
      if (wroteDuringRound) return false;
      const stored = await store.getCursor();
      // A round ran meanwhile (a manual sync) and moved the cursor: this answer is not the next page.
      if (stored?.serverId !== page.serverId || stored.cursor !== from) return false;
      try {
        await store.applyPulled(page);
        await store.setLastSyncAt(now().toISOString());
      } catch {
        return false;
      }
      failures = 0;
      setStatus({ phase: 'idle', problem: null });
      await refreshCounts();
      return true;
    });
  }

  /** A burst of writes (a count of twenty items) goes in one round: waits for a pause in them. */
  async function settleWrites(): Promise<void> {
    const until = Date.now() + writeBurstMaxMs;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) return;
      const reason = await waitFor(Math.min(writeDebounceMs, left), (trigger) => trigger === 'write');
      if (reason !== 'write') return;
    }
  }

  async function run(): Promise<void> {
    while (running) {
      const result = await round();
      if (!running) return;
      if (!result.ok) {
        // Local writes do not cut a backoff short; the network coming back does.
        await waitFor(backoffDelay(failures, backoff, random), (reason) => reason !== 'write');
        continue;
      }
      const next = wroteDuringRound ? 'write' : await idle();
      if (!running) return;
      if (next === 'failed') await waitFor(backoffDelay(failures, backoff, random), (reason) => reason !== 'write');
      if (next === 'write') await settleWrites();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = refreshCounts()
        .catch(() => undefined)
        .then(run);
    },
    async stop() {
      running = false;
      wake?.('manual');
      await loop;
      await exclusive;
    },
    trigger(reason) {
      if (reason === 'write') {
        wroteDuringRound = true;
        void refreshCounts().catch(() => undefined);
      }
      if (wake && acceptWake(reason)) wake(reason);
    },
    syncNow: round,
    get status() {
      return status;
    },
  };
}

function phaseFor(failure: ApiFailure): SyncPhase {
  return BLOCKING_ERRORS.has(failure.error) ? 'blocked' : 'offline';
}
