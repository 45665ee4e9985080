import { describe, expect, it } from 'vitest';
import {
  formatStamp,
  initialClock,
  MAX_CLOCK_DRIFT_MS,
  parseStamp,
  receiveStamp,
  tickClock,
} from '../../../src/core/ops/clock.js';

describe('hybrid logical clock', () => {
  it('stamps local events in strictly increasing order, even when the wall clock goes back', () => {
    let clock = initialClock('device_a');
    const stamps: string[] = [];
    for (const now of [1000, 1000, 999, 500, 1001, 1001]) {
      clock = tickClock(clock, now);
      stamps.push(formatStamp(clock));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('moves past a stamp received from another device, so later local events sort after it', () => {
    let mine = tickClock(initialClock('device_a'), 1000);
    const theirs = formatStamp(tickClock(initialClock('device_b'), 5000));
    mine = receiveStamp(mine, theirs, 1000);
    const next = formatStamp(tickClock(mine, 1000));
    expect(next > theirs).toBe(true);
  });

  it('ignores a stamp from a device whose clock is more than a day ahead', () => {
    const mine = tickClock(initialClock('device_a'), 1000);
    const wild = formatStamp(tickClock(initialClock('device_b'), 1000 + MAX_CLOCK_DRIFT_MS + 1));
    expect(receiveStamp(mine, wild, 1000)).toEqual(mine);
  });

  it('orders stamps as strings by time, then counter, then device, and parses them back', () => {
    const early = formatStamp({ wall: 999, counter: 7, node: 'zzz' });
    const late = formatStamp({ wall: 1000, counter: 0, node: 'aaa' });
    expect(early < late).toBe(true);
    expect(
      formatStamp({ wall: 1000, counter: 0, node: 'aaa' }) < formatStamp({ wall: 1000, counter: 0, node: 'bbb' }),
    ).toBe(true);
    expect(parseStamp(late)).toEqual({ wall: 1000, counter: 0, node: 'aaa' });
    expect(parseStamp('yesterday')).toBeNull();
  });

  it('borrows the next millisecond when the counter would overflow', () => {
    const full = { wall: 1000, counter: 99_999, node: 'device_a' };
    expect(tickClock(full, 1000)).toEqual({ wall: 1001, counter: 0, node: 'device_a' });
  });
});
