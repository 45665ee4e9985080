/**
 * Throttles on a real PostgreSQL (server/storage/postgres/throttles.ts): the storage contract, and
 * two server processes (two pools on one database) counting the same keys, at the same moments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureThrottle } from '../../../server/auth/throttle.js';
import { type OpenedPostgres, openPostgres } from '../../../server/storage/postgres/connect.js';
import { postgresThrottles } from '../../../server/storage/postgres/throttles.js';
import type { ThrottleStorage } from '../../../server/storage/types.js';
import { createTestDatabase } from '../../support/postgres-database.js';
import { throttlesContract } from '../storage/contract/throttles.js';

describe('PostgreSQL throttles', () => {
  let url: string;
  /** Two server processes: each its own pool on the same database. */
  let processes: OpenedPostgres[] = [];
  let here: ThrottleStorage;
  let elsewhere: ThrottleStorage;
  let now = Date.UTC(2026, 11, 2, 18);
  const clock = () => new Date(now);
  const throttle = (storage: ThrottleStorage, pool: string, maxFailures = 5) =>
    new FailureThrottle(storage, { pool, maxFailures, windowMs: 60_000 }, clock);

  beforeAll(async () => {
    url = await createTestDatabase('throttles');
    processes = await Promise.all([openPostgres(url), openPostgres(url)]);
    [here, elsewhere] = processes.map((opened) => postgresThrottles(opened.db)) as [ThrottleStorage, ThrottleStorage];
  });
  afterAll(async () => {
    await Promise.all(processes.map((opened) => opened.close()));
  });

  throttlesContract(async () => {
    const opened = processes[0] as OpenedPostgres;
    return {
      throttles: postgresThrottles(opened.db),
      dispose: async () => {
        await opened.db.deleteFrom('throttle_failures').execute();
      },
    };
  });

  it('counts the failures of both processes together, and a clear in one is seen by the other', async () => {
    const a = throttle(here, 'shared');
    const b = throttle(elsewhere, 'shared');
    for (let i = 0; i < 4; i += 1) await (i % 2 ? a : b).recordFailure('sam', `10.0.0.${i}`);
    expect(await a.retryAfterMs('sam')).toBe(0);
    expect(await b.recordFailure('sam', '10.0.0.9')).toEqual({ blockedNow: true, addresses: 5 });
    expect(await a.retryAfterMs('sam')).toBe(60_000);
    await a.clear('sam');
    expect(await b.retryAfterMs('sam')).toBe(0);
  });

  it('loses no failure when both processes record the same key at once, and each sees every earlier one', async () => {
    const limit = { maxFailures: 100, windowMs: 60_000 };
    const counted = { pool: 'race', key: 'sam' };
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? here : elsewhere).recordFailure(counted, new Date(now), `10.0.1.${i}`, limit),
      ),
    );
    // Serialised: the k-th to commit saw exactly the k before it.
    expect(answers.map((earlier) => earlier.length).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
    const stored = await here.recentFailures(counted, new Date(now), limit);
    expect(new Set(stored.map((failure) => failure.from)).size).toBe(30);
  });

  it('says "blocked now" exactly once when both processes count the blocking failure at the same moment', async () => {
    const a = throttle(here, 'lock-race');
    const b = throttle(elsewhere, 'lock-race');
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).recordFailure('sam', `10.0.2.${i}`)),
    );
    expect(outcomes.filter((outcome) => outcome.blockedNow)).toHaveLength(1);
    expect(await a.retryAfterMs('sam')).toBe(60_000);
  });

  it('lets a key try again once its failures have left the window, whichever process counted them', async () => {
    const a = throttle(here, 'window', 2);
    const b = throttle(elsewhere, 'window', 2);
    await a.recordFailure('sam', '10.0.3.1');
    now += 30_000;
    await b.recordFailure('sam', '10.0.3.2');
    expect(await a.retryAfterMs('sam')).toBe(30_000);
    now += 30_000;
    expect(await b.retryAfterMs('sam')).toBe(0);
    expect((await a.recordFailure('sam', '10.0.3.3')).blockedNow).toBe(true);
  });
});
