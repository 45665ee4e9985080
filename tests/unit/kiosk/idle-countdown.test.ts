import { describe, expect, it } from 'vitest';
import { IDLE_RESET_MS, idleCountdown } from '../../../src/kiosk/IdleGuard.js';

describe('the idle countdown', () => {
  it('stays quiet for 50 seconds, then counts the last 10 down to 0', () => {
    expect(IDLE_RESET_MS).toBe(60_000);
    expect(idleCountdown(0)).toBeNull();
    expect(idleCountdown(49_999)).toBeNull();
    expect(idleCountdown(50_000)).toBe(10);
    expect(idleCountdown(55_500)).toBe(5);
    expect(idleCountdown(59_999)).toBe(1);
    expect(idleCountdown(60_000)).toBe(0);
  });
});
