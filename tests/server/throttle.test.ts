import { describe, expect, it } from 'vitest';
import { describeRetry, FailureThrottle } from '../../server/auth/throttle.js';

describe('FailureThrottle', () => {
  it('blocks a key after the maximum failures in the window, until the oldest leaves it', () => {
    let now = 0;
    const throttle = new FailureThrottle({ maxFailures: 3, windowMs: 1000 }, () => now);
    for (const at of [0, 100, 200]) {
      now = at;
      expect(throttle.retryAfterMs(['a'])).toBe(0);
      throttle.recordFailure(['a']);
    }
    expect(throttle.retryAfterMs(['a'])).toBe(800);
    expect(throttle.retryAfterMs(['b'])).toBe(0);
    now = 1000;
    expect(throttle.retryAfterMs(['a'])).toBe(0);
  });

  it('answers for the most blocked of several keys, and forgets a cleared key', () => {
    const throttle = new FailureThrottle({ maxFailures: 1, windowMs: 1000 }, () => 0);
    throttle.recordFailure(['account', 'address']);
    expect(throttle.retryAfterMs(['account', 'other'])).toBe(1000);
    throttle.clear('account');
    expect(throttle.retryAfterMs(['account'])).toBe(0);
    expect(throttle.retryAfterMs(['address'])).toBe(1000);
  });

  it('says when to retry in words', () => {
    expect(describeRetry(4_000)).toBe('Try again in 4 seconds.');
    expect(describeRetry(60_000)).toBe('Try again in 1 minute.');
    expect(describeRetry(299_000)).toBe('Try again in 5 minutes.');
  });
});
