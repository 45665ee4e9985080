/**
 * FailureThrottle and SignInThrottle over a real SQLite storage: counts in a sliding window,
 * what a new failure reports, clearing, and what stays in the database (bounded, no typed names).
 */
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SIGN_IN_MAX_FAILURES,
  SIGN_IN_WINDOW_MS,
  type SignInClient,
  SignInThrottle,
} from '../../server/auth/sign-in-throttle.js';
import { describeRetry, FailureThrottle } from '../../server/auth/throttle.js';
import { openDatabase } from '../../server/db/database.js';
import { sqliteStorage } from '../../server/storage/sqlite/index.js';
import type { Storage } from '../../server/storage/types.js';
import { makeTempDir } from './support/test-server.js';

let storage: Storage;
let sqlite: Database;
let removeTemp: () => void;
let now = 0;
const clock = () => new Date(now);

beforeEach(() => {
  const temp = makeTempDir('dropin-throttle-');
  removeTemp = temp.remove;
  sqlite = openDatabase(temp.dir).db;
  storage = sqliteStorage(sqlite);
  now = 0;
});
afterEach(async () => {
  await storage.close();
  removeTemp();
});

const storedRows = () => sqlite.prepare('SELECT pool, key, at, from_address FROM throttle_failures').all();
const throttleOf = (maxFailures: number, pool = 'test') =>
  new FailureThrottle(storage.throttles, { pool, maxFailures, windowMs: 1000 }, clock);

describe('FailureThrottle', () => {
  it('blocks a key after the maximum failures in the window, until the oldest leaves it', async () => {
    const throttle = throttleOf(3);
    for (const at of [0, 100, 200]) {
      now = at;
      expect(await throttle.retryAfterMs('a')).toBe(0);
      await throttle.recordFailure('a', '10.0.0.1');
    }
    expect(await throttle.retryAfterMs('a')).toBe(800);
    expect(await throttle.retryAfterMs('b')).toBe(0);
    now = 1000;
    expect(await throttle.retryAfterMs('a')).toBe(0);
  });

  it('says which failure started a block and from how many addresses the failures came', async () => {
    const throttle = throttleOf(3);
    expect(await throttle.recordFailure('a', '10.0.0.1')).toEqual({ blockedNow: false, addresses: 1 });
    expect(await throttle.recordFailure('a', '10.0.0.2')).toEqual({ blockedNow: false, addresses: 2 });
    expect(await throttle.recordFailure('a', '10.0.0.1')).toEqual({ blockedNow: true, addresses: 2 });
    expect((await throttle.recordFailure('a', '10.0.0.3')).blockedNow).toBe(false);
  });

  it('forgets a cleared key', async () => {
    const throttle = throttleOf(1);
    await throttle.recordFailure('account', 'x');
    await throttle.recordFailure('address', 'x');
    await throttle.clear('account');
    expect(await throttle.retryAfterMs('account')).toBe(0);
    expect(await throttle.retryAfterMs('address')).toBe(1000);
  });

  it('keeps no more failures per key than can still block it', async () => {
    const throttle = throttleOf(2);
    for (let i = 0; i < 50; i += 1) await throttle.recordFailure('a', `10.0.0.${i}`);
    expect(storedRows()).toHaveLength(2);
    // Only the last two failures are kept, so only their addresses can be counted.
    expect((await throttle.recordFailure('a', 'another')).addresses).toBe(2);
    now = 999;
    expect(await throttle.retryAfterMs('a')).toBe(1);
  });

  it('counts together with another throttle on the same storage and pool, as a second server process would', async () => {
    const here = throttleOf(3);
    const elsewhere = throttleOf(3);
    await here.recordFailure('a', '10.0.0.1');
    await elsewhere.recordFailure('a', '10.0.0.2');
    expect(await here.recordFailure('a', '10.0.0.3')).toEqual({ blockedNow: true, addresses: 3 });
    expect(await elsewhere.retryAfterMs('a')).toBe(1000);
    expect(await throttleOf(3, 'other pool').retryAfterMs('a')).toBe(0);
  });

  it('deletes every failure that left its window when the next one comes, whatever its key and pool', async () => {
    const throttle = throttleOf(5);
    for (let i = 0; i < 20; i += 1) await throttle.recordFailure(`spray-${i}`, '10.9.9.9');
    const slower = new FailureThrottle(storage.throttles, { pool: 'slower', maxFailures: 5, windowMs: 5000 }, clock);
    await slower.recordFailure('kept', '10.0.0.1');
    expect(storedRows()).toHaveLength(21);
    now = 1000;
    await throttleOf(5, 'other pool').recordFailure('late', '10.0.0.2');
    expect(storedRows()).toEqual([
      expect.objectContaining({ pool: 'slower', at: 0 }),
      expect.objectContaining({ pool: 'other pool', at: 1000, from_address: '10.0.0.2' }),
    ]);
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
  const failTimes = async (throttle: SignInThrottle, client: SignInClient, times: number) => {
    for (let i = 0; i < times; i += 1) await throttle.recordFailure(client, `10.0.0.${i}`);
  };
  const signInThrottle = () => new SignInThrottle(storage.throttles, clock);

  it('locks strangers out of an account without locking out a client that signed in to it before', async () => {
    const throttle = signInThrottle();
    await failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES);
    expect(await throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
    expect(await throttle.retryAfterMs(ownLaptop)).toBe(0);
    expect(await throttle.retryAfterMs({ ...ownLaptop, clientKey: 'browser:b2' })).toBe(0);
  });

  it('counts a trusted client on its own, and a success starts it afresh but not the strangers', async () => {
    const throttle = signInThrottle();
    await failTimes(throttle, ownLaptop, SIGN_IN_MAX_FAILURES);
    expect(await throttle.retryAfterMs(ownLaptop)).toBe(SIGN_IN_WINDOW_MS);
    expect(await throttle.retryAfterMs(untrusted)).toBe(0);
    await throttle.recordSuccess(ownLaptop);
    expect(await throttle.retryAfterMs(ownLaptop)).toBe(0);

    await failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES - 1);
    await throttle.recordSuccess(untrusted);
    await failTimes(throttle, untrusted, 1);
    expect(await throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
  });

  it('throttles a name that is no account exactly like one that is, and never stores the name', async () => {
    const throttle = signInThrottle();
    const nobody: SignInClient = { kind: 'unknown', loginName: 'typed-pin-482913' };
    await failTimes(throttle, nobody, SIGN_IN_MAX_FAILURES - 1);
    expect(await throttle.retryAfterMs(nobody)).toBe(0);
    await failTimes(throttle, nobody, 1);
    expect(await throttle.retryAfterMs(nobody)).toBe(SIGN_IN_WINDOW_MS);
    expect(JSON.stringify(storedRows())).not.toContain('482913');
  });

  it('keeps a real account lock while names are sprayed, and forgets the spray once its window passed', async () => {
    const throttle = signInThrottle();
    for (let i = 0; i < 200; i += 1) {
      await throttle.recordFailure({ kind: 'unknown', loginName: `guess-${i}` }, '10.9.9.9');
    }
    now = 60_000;
    await failTimes(throttle, untrusted, SIGN_IN_MAX_FAILURES);
    expect(await throttle.retryAfterMs(untrusted)).toBe(SIGN_IN_WINDOW_MS);
    now = SIGN_IN_WINDOW_MS;
    await throttle.recordFailure({ kind: 'unknown', loginName: 'one more' }, '10.9.9.9');
    const pools = sqlite.prepare('SELECT pool, count(*) AS n FROM throttle_failures GROUP BY pool ORDER BY pool').all();
    expect(pools).toEqual([
      { pool: 'unknown', n: 1 },
      { pool: 'untrusted', n: SIGN_IN_MAX_FAILURES },
    ]);
    expect(await throttle.retryAfterMs(untrusted)).toBe(60_000);
  });
});
