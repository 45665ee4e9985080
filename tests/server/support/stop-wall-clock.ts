/**
 * Stops `Date` for the rest of the current test. The per-address limits (@fastify/rate-limit)
 * count in windows of the real clock, so a test that makes a limit's worth of requests "in one
 * minute" must not have the minute run out because a busy machine made them slowly.
 */
import { onTestFinished, vi } from 'vitest';

export function stopWallClock(at: Date = new Date()): void {
  vi.useFakeTimers({ toFake: ['Date'], now: at });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
