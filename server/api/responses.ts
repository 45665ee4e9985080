/** Response schemas shared by many routes: every error shape a route can answer with. */
import type { FastifyReply } from 'fastify';
import { ApiError } from '../../src/core/api.js';
import { describeRetry } from '../auth/throttle.js';
import { apiError } from '../http/errors.js';

/** Errors any authenticated route may answer: bad input, not signed in, not allowed. */
export const GUARDED_ERRORS = { 400: ApiError, 401: ApiError, 403: ApiError } as const;
export { ApiError };

/**
 * Answers 429 `too_many_attempts` with Retry-After when `waitMs` is above 0; returns whether it did.
 * `what` names what was too many, e.g. "failed sign-ins"; `hint` may say what else the person can do.
 */
export function refuseIfThrottled(reply: FastifyReply, waitMs: number, what: string, hint = ''): boolean {
  if (waitMs <= 0) return false;
  reply
    .header('Retry-After', Math.ceil(waitMs / 1000))
    .code(429)
    .send(apiError('too_many_attempts', `Too many ${what}. ${describeRetry(waitMs)}${hint ? ` ${hint}` : ''}`));
  return true;
}
