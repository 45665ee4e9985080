/**
 * Per-address request limits (@fastify/rate-limit) on the routes that take a PIN or a code:
 * generous enough for a whole center behind one router address, tight enough to stop a flood
 * (each sign-in costs the server a deliberately slow hash).
 *
 * Counted per server process, on purpose (issue 17): with N processes an address gets at most N
 * times the limit. What these protect is each process's own CPU from hashing a flood, which a
 * per-process count does exactly; what stops guessing is the failure counts, and those are shared
 * through the database (server/auth/throttle.ts). A shared store here would put a database write
 * in front of every attempt, valid or not, for no gain in either.
 */
import type {} from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { App } from '../http/types.js';

export interface AddressLimit {
  readonly max: number;
  readonly windowMs: number;
}

export const ADDRESS_LIMITS = {
  /** 20 staff signing in at shift change in the same minute, each with a typo, use 40 of these. */
  signIn: { max: 60, windowMs: 60_000 },
  pairing: { max: 30, windowMs: 60_000 },
  setup: { max: 10, windowMs: 60_000 },
} as const satisfies Record<string, AddressLimit>;

/** Counts one request from the caller's address; resolves to the milliseconds it must wait, or 0. */
export type AddressLimiter = (request: FastifyRequest) => Promise<number>;

/**
 * Needs the plugin registered with `global: false` (server/app.ts). The library keys by
 * `request.ip` (IPv6 by its /64, so one home connection is one address) and remembers at most
 * 5,000 addresses per limit, least recently seen forgotten first.
 */
export function createAddressLimiter(app: App, limit: AddressLimit): AddressLimiter {
  const count = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs });
  return async (request) => {
    const result = await count(request);
    return !result.isAllowed && result.isExceeded ? Math.max(1, result.ttl) : 0;
  };
}
