/**
 * The retention job (issue 20, ADR 0023): at start and then daily, links to a person on visit
 * and request details older than the admins' setting are replaced through the storage, batch by
 * batch, and (when it rewrote any) a `retention.applied` op tells every device to do the same.
 * Idempotent: a second run at the same cut-off rewrites nothing and adds no op. The audit log gets
 * counts, never names.
 */
import { SETTINGS_KEY, type SettingsView } from '../../src/core/fold/views.js';
import { retentionCutoff, retentionYearsOf } from '../../src/core/retention/anonymise.js';
import { retentionAppliedOp } from '../../src/core/retention/applied-op.js';
import type { Storage } from '../storage/types.js';

/** Ops looked at per transaction: short enough that pushes waiting on the writer barely notice. */
export const RETENTION_BATCH = 500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one run did. */
export interface RetentionRun {
  /** The first center day whose links are kept. */
  readonly before: string;
  readonly years: number;
  readonly ops: number;
  readonly views: number;
  /** Whether this run added the `retention.applied` op for its cut-off. */
  readonly announced: boolean;
}

/** Calls `run` on a schedule and returns how to stop it. The default: once a day. */
export type RetentionSchedule = (run: () => void) => () => void;

export const dailySchedule: RetentionSchedule = (run) => {
  const timer = setInterval(run, DAY_MS);
  // The daily timer alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
};

/** One run at `now`. */
export async function runRetention(
  storage: Storage,
  now: Date,
  batch: number = RETENTION_BATCH,
): Promise<RetentionRun> {
  const settings = await storage.ops.findView(SETTINGS_KEY);
  const years = retentionYearsOf(settings?.kind === 'settings' ? (settings as SettingsView) : undefined);
  const before = retentionCutoff(now, years);
  let after = 0;
  let ops = 0;
  let views = 0;
  for (;;) {
    const done = await storage.ops.anonymiseBefore(before, after, batch);
    ops += done.ops;
    views += done.views;
    after = done.upTo;
    if (!done.more) break;
  }
  // Nothing rewritten: no device holds anything the server did not rewrite before (a new op from
  // before the cut-off is stored anonymised), so there is nothing to tell, nor to audit.
  if (ops === 0 && views === 0) return { before, years, ops, views, announced: false };
  const announced = await storage.ops.appendServerOpsOnce(`retention_applied_${before}`, now, (serverId) => [
    retentionAppliedOp(serverId, now, before),
  ]);
  await storage.audit.record(now, { action: 'retention.applied', detail: { before, years, ops, views } });
  return { before, years, ops, views, announced };
}

export interface RetentionJob {
  /** Runs now (runs never overlap: a call while one runs waits for it, then runs again). */
  runNow(): Promise<RetentionRun>;
  /** Stops the schedule and waits for a run under way. */
  stop(): Promise<void>;
}

/**
 * Schedules runs of the job. A failed scheduled run is reported to `onError` (the server logs it)
 * and the next day's run tries again.
 */
export function scheduleRetention(
  storage: Storage,
  options: {
    readonly now: () => Date;
    readonly schedule?: RetentionSchedule | undefined;
    readonly onError: (error: unknown) => void;
  },
): RetentionJob {
  let last: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<RetentionRun> => {
    const next = last.catch(() => undefined).then(() => runRetention(storage, options.now()));
    last = next;
    return next;
  };
  const stopSchedule = (options.schedule ?? dailySchedule)(() => {
    runNow().catch(options.onError);
  });
  return {
    runNow,
    async stop() {
      stopSchedule();
      await last.catch(() => undefined);
    },
  };
}
