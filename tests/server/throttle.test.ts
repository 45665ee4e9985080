import { describe, expect, it } from 'vitest';
import {
  SIGN_IN_MAX_FAILURES,
  SIGN_IN_WINDOW_MS,
  type SignInClient,
  SignInThrottle,
} from '../../server/auth/sign-in-throttle.js';
import { describeRetry, FailureThrottle } from '../../server/auth/throttle.js';

describe('FailureThrottle', () => {
  it('blocks a key after the maximum failures in the window, until the oldest leaves it', () => {
    let now = 0;
    const throttle = new FailureThrottle({ maxFailures: 3, windowMs: 1000, capacity: 10 }, () => now);
    for (const at of [0, 100, 200]) {
      now = at;
      expect(throttle.retryAfterMs('a')).toBe(0);
      throttle.recordFailure('a', '10.0.0.1');
    }
    expect(throttle.retryAfterMs('a')).toBe(800);
    expect(throttle.retryAfterMs('b')).toBe(0);
    now = 1000;
    expect(throttle.retryAfterMs('a')).toBe(0);
  });

  it('says which failure started a block and from how many addresses the failures came', () => {
    const throttle = new FailureThrottle({ maxFailures: 3, windowMs: 1000, capacity: 10 }, () => 0);
    expect(throttle.recordFailure('a', '10.0.0.1')).toEqual({ blockedNow: false, addresses: 1 });
    expect(throttle.recordFailure('a', '10.0.0.2')).toEqual({ blockedNow: false, addresses: 2 });
    expect(throttle.recordFailure('a', '10.0.0.1')).toEqual({ blockedNow: true, addresses: 2 });
    expect(throttle.recordFailure('a', '10.0.0.3').blockedNow).toBe(false);
  });

  it('forgets a cleared key', () => {
    const throttle = new FailureThrottle({ maxFailures: 1, windowMs: 1000, capacity: 10 }, () => 0);
    throttle.recordFailure('account', 'x');
    throttle.recordFailure('address', 'x');
    throttle.clear('account');
    expect(throttle.retryAfterMs('account')).toBe(0);
    expect(throttle.retryAfterMs('address')).toBe(1000);
  });

  it('remembers at most its capacity: filling past it forgets the least recently used key', () => {
    const throttle = new FailureThrottle({ maxFailures: 1, windowMs: 1000, capacity: 3 }, () => 0);
    for (const key of ['a', 'b', 'c']) throttle.recordFailure(key, 'x');
    expect(throttle.retryAfterMs('a')).toBe(1000); // 'a' is now the most recently used
    throttle.recordFailure('d', 'x');
    expect(throttle.size).toBe(3);
    expect(throttle.retryAfterMs('b')).toBe(0);
    expect(throttle.retryAfterMs('a')).toBe(1000);
    for (let i = 0; i < 1000; i += 1) throttle.recordFailure(`spray-${i}`, 'x');
    expect(throttle.size).toBe(3);
  });

  it('keeps no more failures per key than can still block it', () => {
    let now = 0;
    const throttle = new FailureThrottle({ maxFailures: 2, windowMs: 1000, capacity: 10 }, () => now);
    for (let i = 0; i < 500; i += 1) throttle.recordFailure('a', `10.0.${Math.floor(i / 250)}.${i % 250}`);
    // Only the last two failures are kept, so only their addresses can be counted.
    expect(throttle.recordFailure('a', 'another').addresses).toBe(2);
    now = 999;
    expect(throttle.retryAfterMs('a')).toBe(1);
  });

  it('says when to retry in words', () => {
    expect(describeRetry(4_000)).toBe('Try again in 4 seconds.');
    expect(describeRetry(60_000)).toBe('Try again in 1 minute.');
    expect(describeRetry(299_000)).toBe('Try again in 5 minutes.');
  });
});

describe('SignInThrottle', () => {
  const untrusted: SignInClient = { kind: 'untrusted', accountId: 'acc-x' };
  const ownLaptop: SignInClient = { kind: 'trusted', accountId: 'acc-x', clientKey: 'browser:b1' };
  const failTimes = (throttle: SignInThrottle, client: SignInClient, times: number) => {
    for (let i = 0; i < times; i += 1) throttle.recordFailure(client, `10.0.0.${i}`);
  };

  it('locks strangers out of an account without locking out a client that signed in to it before', () => {
    const throttle = new SignInThrottle(() => 0);
    failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES);
    expect(throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
    expect(throttle.retryAfterMs(ownLaptop)).toBe(0);
    expect(throttle.retryAfterMs({ ...ownLaptop, clientKey: 'browser:b2' })).toBe(0);
  });

  it('counts a trusted client on its own, and a success starts it afresh but not the strangers', () => {
    const throttle = new SignInThrottle(() => 0);
    failTimes(throttle, ownLaptop, SIGN_IN_MAX_FAILURES);
    expect(throttle.retryAfterMs(ownLaptop)).toBe(SIGN_IN_WINDOW_MS);
    expect(throttle.retryAfterMs(untrusted)).toBe(0);
    throttle.recordSuccess(ownLaptop);
    expect(throttle.retryAfterMs(ownLaptop)).toBe(0);

    failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES - 1);
    throttle.recordSuccess(untrusted);
    failTimes(throttle, untrusted, 1);
    expect(throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
  });

  it('throttles a name that is no account exactly like one that is', () => {
    const throttle = new SignInThrottle(() => 0);
    const nobody: SignInClient = { kind: 'unknown', loginName: 'nobody' };
    failTimes(throttle, nobody, SIGN_IN_MAX_FAILURES - 1);
    expect(throttle.retryAfterMs(nobody)).toBe(0);
    failTimes(throttle, nobody, 1);
    expect(throttle.retryAfterMs(nobody)).toBe(SIGN_IN_WINDOW_MS);
  });

  it('stays bounded when names are sprayed, and the spray cannot push out a real account lock', () => {
    const capacity = 50;
    const throttle = new SignInThrottle(() => 0, capacity);
    failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES);
    for (let i = 0; i < capacity * 20; i += 1) {
      throttle.recordFailure({ kind: 'unknown', loginName: `guess-${i}` }, '10.9.9.9');
    }
    expect(throttle.sizes).toEqual({ untrusted: 1, unknown: capacity, trusted: 0 });
    expect(throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
  });
});
