/**
 * The throttles area of the storage contract: failures per (pool, key) in a window, kept bounded.
 * It takes the area alone, so PostgreSQL's ThrottleStorage runs it before the rest of its Storage
 * exists (tests/server/postgres/throttles.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ThrottleKey, ThrottleStorage } from '../../../../server/storage/types.js';
import { type MakeStorage, T0 } from './harness.js';

/** A fresh, empty ThrottleStorage, and how to throw it away. */
export interface MadeThrottles {
  readonly throttles: ThrottleStorage;
  dispose(): Promise<void>;
}

export type MakeThrottles = () => Promise<MadeThrottles>;

/** The throttles of each fresh Storage `make` makes. */
export function throttlesOf(make: MakeStorage): MakeThrottles {
  return async () => {
    const { storage, dispose } = await make();
    return { throttles: storage.throttles, dispose };
  };
}

const LIMIT = { maxFailures: 3, windowMs: 60_000 } as const;
const at = (ms: number) => new Date(T0.getTime() + ms);
const ana: ThrottleKey = { pool: 'untrusted', key: 'ana' };

export function throttlesContract(make: MakeThrottles): void {
  describe('throttles', () => {
    let made: MadeThrottles | undefined;
    beforeEach(async () => {
      made = await make();
    });
    afterEach(async () => {
      await made?.dispose();
      made = undefined;
    });
    const throttles = () => {
      if (!made) throw new Error('no storage: call inside a test');
      return made.throttles;
    };
    const record = (counted: ThrottleKey, ms: number, from = '10.0.0.1') =>
      throttles().recordFailure(counted, at(ms), from, LIMIT);
    const recent = (counted: ThrottleKey, ms: number, limit: { maxFailures: number; windowMs: number } = LIMIT) =>
      throttles().recentFailures(counted, at(ms), limit);

    it('answers the failures counted before each new one, oldest first, in the order they came', async () => {
      expect(await record(ana, 0, 'a')).toEqual([]);
      expect(await record(ana, 0, 'b')).toEqual([{ at: T0.getTime(), from: 'a' }]);
      expect(await record(ana, 5, 'c')).toEqual([
        { at: T0.getTime(), from: 'a' },
        { at: T0.getTime(), from: 'b' },
      ]);
      expect((await recent(ana, 10)).map((failure) => failure.from)).toEqual(['a', 'b', 'c']);
    });

    it('keeps per key only the newest maxFailures, since older ones can never block again', async () => {
      for (let i = 0; i < 6; i += 1) await record(ana, i, `10.0.0.${i}`);
      expect(await record(ana, 6, 'last')).toEqual(
        [3, 4, 5].map((i) => ({ at: T0.getTime() + i, from: `10.0.0.${i}` })),
      );
      // Asked for more, it has no more: the rest are gone.
      const kept = await recent(ana, 7, { maxFailures: 100, windowMs: LIMIT.windowMs });
      expect(kept.map((failure) => failure.from)).toEqual(['10.0.0.4', '10.0.0.5', 'last']);
    });

    it('counts only failures inside the window', async () => {
      await record(ana, 0);
      await record(ana, 30_000);
      expect(await recent(ana, LIMIT.windowMs - 1)).toHaveLength(2);
      expect(await recent(ana, LIMIT.windowMs)).toEqual([{ at: T0.getTime() + 30_000, from: '10.0.0.1' }]);
      expect(await record(ana, LIMIT.windowMs + 30_000)).toEqual([]);
    });

    it('forgets every failure that left its window when the next one comes, whatever its pool and key', async () => {
      const ben: ThrottleKey = { pool: 'untrusted', key: 'ben' };
      const otherPool: ThrottleKey = { pool: 'code', key: 'ben' };
      const longWindow = { maxFailures: 10, windowMs: 10 * LIMIT.windowMs };
      await record(ben, 0);
      await record(otherPool, 0);
      await throttles().recordFailure({ pool: 'slow', key: 'ben' }, at(0), '10.0.0.2', longWindow);
      await record(ana, LIMIT.windowMs);
      // Asked with a longer window, the expired ones would count, were they still there.
      expect(await recent(ben, LIMIT.windowMs, longWindow)).toEqual([]);
      expect(await recent(otherPool, LIMIT.windowMs, longWindow)).toEqual([]);
      // Each failure leaves by the window it was counted in.
      expect(await recent({ pool: 'slow', key: 'ben' }, LIMIT.windowMs, longWindow)).toHaveLength(1);
    });

    it('clears one key of one pool only', async () => {
      const otherPool: ThrottleKey = { pool: 'trusted', key: 'ana' };
      const otherKey: ThrottleKey = { pool: 'untrusted', key: 'ben' };
      for (const counted of [ana, otherPool, otherKey]) await record(counted, 0);
      await throttles().clear(ana);
      expect(await recent(ana, 1)).toEqual([]);
      expect(await recent(otherPool, 1)).toHaveLength(1);
      expect(await recent(otherKey, 1)).toHaveLength(1);
      await throttles().clear({ pool: 'untrusted', key: 'nobody' });
    });
  });
}
