import { describe, expect, it } from 'vitest';
import { NAME_PAUSE_MS, nameMissCounter } from '../../../../src/core/kiosk/name-misses.js';

/** A counter on a clock the test moves by hand. */
function counterAt(start = 1_000_000) {
  let now = start;
  const counter = nameMissCounter(() => now);
  return {
    counter,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

describe('name check-in rests after misses in a row', () => {
  it('rests for 30 seconds from the third miss in a row', () => {
    const { counter, now } = counterAt();
    counter.recordMiss();
    counter.recordMiss();
    expect(counter.pausedUntil()).toBeNull();
    counter.recordMiss();
    expect(NAME_PAUSE_MS).toBe(30_000);
    expect(counter.pausedUntil()).toBe(now() + 30_000);
  });

  it('comes back by itself after the rest, with the count started again', () => {
    const { counter, advance } = counterAt();
    for (let i = 0; i < 3; i += 1) counter.recordMiss();
    advance(29_999);
    expect(counter.pausedUntil()).not.toBeNull();
    advance(1);
    expect(counter.pausedUntil()).toBeNull();
    counter.recordMiss();
    counter.recordMiss();
    expect(counter.pausedUntil()).toBeNull();
  });

  it('starts the count again after someone checks in by name', () => {
    const { counter } = counterAt();
    counter.recordMiss();
    counter.recordMiss();
    counter.recordSuccess();
    counter.recordMiss();
    counter.recordMiss();
    expect(counter.pausedUntil()).toBeNull();
    counter.recordMiss();
    expect(counter.pausedUntil()).not.toBeNull();
  });

  it('counts misses however far apart they are (a new person at the screen does not clear them)', () => {
    const { counter, advance } = counterAt();
    counter.recordMiss();
    advance(10 * 60_000);
    counter.recordMiss();
    advance(10 * 60_000);
    counter.recordMiss();
    expect(counter.pausedUntil()).not.toBeNull();
  });

  it('does not lengthen the rest, or end it, while it lasts', () => {
    const { counter, advance, now } = counterAt();
    for (let i = 0; i < 3; i += 1) counter.recordMiss();
    const until = counter.pausedUntil();
    advance(10_000);
    counter.recordMiss();
    counter.recordSuccess();
    expect(counter.pausedUntil()).toBe(until);
    expect(until).toBe(now() + 20_000);
  });
});
