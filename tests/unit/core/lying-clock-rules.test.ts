/** The rules that keep a lying device clock from winning last-writer-wins (ADR 0022). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOCK_CORRECTION_MS,
  clockAfterSettling,
  formatStamp,
  MAX_STAMP_AHEAD_MS,
  nextClockOffset,
  parseStamp,
  settledStamp,
  shiftedStamp,
} from '../../../src/core/ops/clock.js';

const NOW = Date.UTC(2026, 11, 3, 19);
const DAY = 24 * 60 * 60 * 1000;
const stamp = (wall: number, counter = 0, node = 'laptop_a') => formatStamp({ wall, counter, node });

describe('the stamp the server keeps', () => {
  it('moves a stamp days ahead back to when it was made on the server clock, keeping counter and device', () => {
    expect(settledStamp(stamp(NOW + 3 * DAY - 60_000, 7), NOW, -3 * DAY)).toBe(stamp(NOW - 60_000, 7));
  });

  it('never moves it later than now, and to now when the device did not say what its clock read', () => {
    expect(settledStamp(stamp(NOW + 3 * DAY + 60_000, 2), NOW, -3 * DAY)).toBe(stamp(NOW, 2));
    expect(settledStamp(stamp(NOW + 3 * DAY, 2), NOW, 0)).toBe(stamp(NOW, 2));
  });

  it('keeps a stamp up to a few minutes ahead, and any stamp behind, as it is', () => {
    expect(settledStamp(stamp(NOW + MAX_STAMP_AHEAD_MS), NOW, -MAX_STAMP_AHEAD_MS)).toBe(
      stamp(NOW + MAX_STAMP_AHEAD_MS),
    );
    expect(settledStamp(stamp(NOW - 5 * DAY), NOW, 5 * DAY)).toBe(stamp(NOW - 5 * DAY));
  });

  it('is never in the server future beyond the tolerance, and keeps the order of the ops it moves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * DAY }), { minLength: 2, maxLength: 20 }),
        fc.integer({ min: 0, max: 30 * DAY }),
        (offsets, sentAfter) => {
          const sent = offsets.map((offset, index) => stamp(NOW - DAY + offset, index)).sort();
          // The device's clock when it pushed reads after everything it stamped.
          const skew = NOW - (NOW - DAY + Math.max(...offsets) + sentAfter);
          const kept = sent.map((at) => settledStamp(at, NOW, skew));
          for (const at of kept) expect(parseStamp(at)?.wall ?? 0).toBeLessThanOrEqual(NOW + MAX_STAMP_AHEAD_MS);
          // Among the ops it moves, and among those it keeps, a later op never sorts first.
          const moved = kept.filter((at, index) => at !== sent[index]);
          const still = kept.filter((at, index) => at === sent[index]);
          for (const group of [moved, still]) {
            for (let i = 1; i < group.length; i += 1) expect((group[i - 1] ?? '') <= (group[i] ?? '')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('the offset a device keeps', () => {
  it('is none while the clocks agree within a minute, else what was measured, until it moves by more', () => {
    expect(nextClockOffset(0, CLOCK_CORRECTION_MS)).toBe(0);
    expect(nextClockOffset(0, -3 * DAY)).toBe(-3 * DAY);
    expect(nextClockOffset(-3 * DAY, -3 * DAY + 30_000)).toBe(-3 * DAY);
    expect(nextClockOffset(-3 * DAY, -2 * DAY)).toBe(-2 * DAY);
    expect(nextClockOffset(-3 * DAY, 10_000)).toBe(0);
  });

  it('moves unsent stamps by the same amount', () => {
    expect(shiftedStamp(stamp(NOW + DAY, 4), -DAY)).toBe(stamp(NOW, 4));
    expect(shiftedStamp('not a stamp', -DAY)).toBe('not a stamp');
  });
});

describe('a device clock after the server moved its stamps', () => {
  const clock = { wall: NOW + 3 * DAY, counter: 9, node: 'laptop_a' };

  it('comes back to the latest stamp kept, or the corrected time if later', () => {
    expect(clockAfterSettling(clock, [stamp(NOW - 1000, 3), stamp(NOW - 500, 1)], NOW)).toEqual({
      ...clock,
      wall: NOW,
      counter: 0,
    });
    expect(clockAfterSettling(clock, [stamp(NOW + 1000, 3)], NOW)).toEqual({ ...clock, wall: NOW + 1000, counter: 3 });
  });

  it('never goes back otherwise', () => {
    const near = { ...clock, wall: NOW + MAX_STAMP_AHEAD_MS };
    expect(clockAfterSettling(near, [stamp(NOW - DAY)], NOW)).toBe(near);
  });
});
