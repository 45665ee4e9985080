import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WAIT_THRESHOLDS, minutesWaited, waitLevel } from '../../../../src/core/floor/waiting.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import { settingsOf } from '../../../../src/core/fold/selectors.js';
import { Op } from '../../../../src/core/ops/op.js';
import { opBuilder } from '../../../support/op-factory.js';

const MINUTE = 60_000;

describe('waiting level', () => {
  it('is fine under 15 minutes, amber from 15, red from 30 by default', () => {
    expect(DEFAULT_WAIT_THRESHOLDS).toEqual({ amberMinutes: 15, redMinutes: 30 });
    expect([0, 14, 15, 29, 30, 240].map((minutes) => waitLevel(minutes))).toEqual([
      'ok',
      'ok',
      'amber',
      'amber',
      'red',
      'red',
    ]);
  });

  it('follows the thresholds an admin set', () => {
    const thresholds = { amberMinutes: 5, redMinutes: 10 };
    expect([4, 5, 9, 10].map((minutes) => waitLevel(minutes, thresholds))).toEqual(['ok', 'amber', 'amber', 'red']);
  });

  it('counts whole minutes, and never less than none when a clock runs ahead', () => {
    const since = Date.UTC(2026, 11, 2, 19);
    expect(minutesWaited(since, since + 15 * MINUTE - 1)).toBe(14);
    expect(minutesWaited(since, since + 15 * MINUTE)).toBe(15);
    expect(minutesWaited(since, since - 3 * MINUTE)).toBe(0);
  });

  it('only ever goes up as time passes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.nat(1000),
        fc.nat(1000),
        (amber, extra, a, b) => {
          const thresholds = { amberMinutes: amber, redMinutes: amber + extra };
          const rank = { ok: 0, amber: 1, red: 2 } as const;
          const [early, late] = a <= b ? [a, b] : [b, a];
          return rank[waitLevel(early, thresholds)] <= rank[waitLevel(late, thresholds)];
        },
      ),
    );
  });
});

describe('the waiting-time setting', () => {
  it('is the defaults until an admin sets it; the later setting wins whatever the order', () => {
    const a = opBuilder('laptop_aaaa', 'staff_000001');
    const b = opBuilder('laptop_bbbb', 'staff_000002');
    const first = a.op({ type: 'settings.waitThresholdsSet', payload: { amberMinutes: 10, redMinutes: 20 } });
    const later = b.op(
      { type: 'settings.waitThresholdsSet', payload: { amberMinutes: 20, redMinutes: 45 } },
      { now: Date.UTC(2026, 10, 27, 20) },
    );
    expect(settingsOf(foldOps([])).waitThresholds).toEqual(DEFAULT_WAIT_THRESHOLDS);
    expect(settingsOf(foldOps([first, later])).waitThresholds).toEqual({ amberMinutes: 20, redMinutes: 45 });
    expect(settingsOf(foldOps([later, first])).waitThresholds).toEqual({ amberMinutes: 20, redMinutes: 45 });
  });

  it('refuses red not after amber, and minutes that are not whole or out of range', () => {
    const a = opBuilder('laptop_aaaa', 'staff_000001');
    const parse = (payload: unknown) =>
      Op.safeParse({
        ...a.op({ type: 'settings.waitThresholdsSet', payload: { amberMinutes: 1, redMinutes: 2 } }),
        payload,
      });
    expect(parse({ amberMinutes: 15, redMinutes: 30 }).success).toBe(true);
    expect(parse({ amberMinutes: 30, redMinutes: 30 }).error?.issues[0]?.message).toMatch(/red must come after amber/);
    expect(parse({ amberMinutes: 1.5, redMinutes: 30 }).success).toBe(false);
    expect(parse({ amberMinutes: 0, redMinutes: 30 }).success).toBe(false);
    expect(parse({ amberMinutes: 15, redMinutes: 601 }).success).toBe(false);
  });
});
