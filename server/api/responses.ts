/** Response schemas shared by many routes: every error shape a route can answer with. */
import type { FastifyReply } from 'fastify';
import { ApiError } from '../../src/core/api.js';
import { describeRetry, type FailureThrottle } from '../auth/throttle.js';
import { apiError } from '../http/errors.js';

/** Errors any authenticated route may answer: bad input, not signed in, not allowed. */
export const GUARDED_ERRORS = { 400: ApiError, 401: ApiError, 403: ApiError } as const;
export { ApiError };

/**
 * Answers 429 with Retry-After when `keys` have failed too often lately; returns whether it did.
 * `what` names the failures for the person, e.g. "failed sign-ins".
 */
export function refuseIfThrottled(
  throttle: FailureThrottle,
  keys: readonly string[],
  reply: FastifyReply,
  what: string,
): boolean {
  const wait = throttle.retryAfterMs(keys);
  if (wait <= 0) return false;
  reply
    .header('Retry-After', Math.ceil(wait / 1000))
    .code(429)
    .send(apiError('too_many_attempts', `Too many ${what}. ${describeRetry(wait)}`));
  return true;
}
