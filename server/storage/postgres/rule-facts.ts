/**
 * The op rules (server/sync/op-rules.ts) and the folds (src/core/fold/apply.ts) read their facts
 * synchronously; PostgreSQL answers asynchronously. This bridges the two without duplicating
 * either: the pure code runs over a memo, and a fact the memo lacks stops the run (a `Missing`);
 * `computeThrough` loads that fact and runs the pure code again, until it completes. The pure
 * code has no side effects, so a rerun is only a repeat, and each fact is loaded once per batch.
 */
import { type View, viewKey } from '../../../src/core/fold/views.js';
import type { RuleFacts } from '../../sync/op-rules.js';
import type { PgDb } from './db.js';
import { findDevice } from './devices.js';
import { sessionsOverlapping } from './sessions.js';
import { findStaffById } from './staff.js';
import { staffStateAt } from './staff-history.js';
import { readView } from './views-table.js';

/** Thrown inside a pure run for a fact not loaded yet; never escapes computeThrough. */
class Missing {
  constructor(
    readonly key: string,
    readonly load: () => Promise<unknown>,
  ) {}
}

/** Facts loaded for one push batch, read inside its transaction. */
export interface FactsMemo {
  readonly facts: RuleFacts;
  /** A view as the batch has it so far (stored, or written by an earlier op of the batch). */
  view(key: string): View | undefined;
  /** Records a view the batch wrote, so later ops of the batch read it. */
  rememberView(key: string, view: View): void;
  /** Loads what a Missing asked for. */
  readonly cache: Map<string, unknown>;
}

export function createMemo(db: PgDb): FactsMemo {
  const cache = new Map<string, unknown>();
  const known = <T>(key: string, load: () => Promise<T>): T => {
    if (cache.has(key)) return cache.get(key) as T;
    throw new Missing(key, load);
  };
  return {
    cache,
    facts: {
      device: (id) => known(`device ${id}`, () => findDevice(db, id)),
      staff: (id) => known(`staff ${id}`, () => findStaffById(db, id)),
      staffStateAt: (staffId, at) => known(`state ${staffId} ${at}`, () => staffStateAt(db, staffId, at)),
      sessionsOverlapping: (staffId, from, until) =>
        known(`sessions ${staffId} ${from} ${until}`, () => sessionsOverlapping(db, staffId, from, until)),
      siteExists: (siteId) => {
        const key = viewKey('site', siteId);
        return known(`view ${key}`, () => readView(db, key))?.kind === 'site';
      },
    },
    view: (key) => known(`view ${key}`, () => readView(db, key)),
    rememberView: (key, view) => cache.set(`view ${key}`, view),
  };
}

/** Runs the pure `compute` over the memo, loading each fact it lacks, until it completes. */
export async function computeThrough<T>(memo: FactsMemo, compute: () => T): Promise<T> {
  for (;;) {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof Missing)) throw error;
      memo.cache.set(error.key, await error.load());
    }
  }
}
