/**
 * Throttling for POST /api/session (docs/adr/0004): a per-address limit for clients new to the
 * account, failure counts per account kept apart for clients that signed in before, and an audit
 * entry when strangers' guessing locks an account's sign-in on unfamiliar clients. The failure
 * counts are in the database, shared by every server process; the per-address limit is counted
 * per process, and server/auth/address-limits.ts says why that is enough.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffAccount } from '../../src/core/auth/api.js';
import { ADDRESS_LIMITS, createAddressLimiter } from '../auth/address-limits.js';
import type { AuthContext } from '../auth/context.js';
import { identifySignInClient } from '../auth/sign-in-client.js';
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS, type SignInClient } from '../auth/sign-in-throttle.js';
import type { App } from '../http/types.js';
import { refuseIfThrottled } from './responses.js';

export interface SignInLimits {
  /** Who is signing in, for throttling; `account` is the one `loginName` names, if any. */
  identify(request: FastifyRequest, loginName: string, account: StaffAccount | undefined): SignInClient;
  /** Answers 429 and returns true when `client` must wait; counts the request against its address. */
  refuse(request: FastifyRequest, reply: FastifyReply, client: SignInClient): Promise<boolean>;
  noteFailure(request: FastifyRequest, client: SignInClient, account: StaffAccount | undefined): Promise<void>;
  /** Starts the client afresh and marks the browser as one this account signs in on. */
  noteSuccess(request: FastifyRequest, reply: FastifyReply, client: SignInClient, account: StaffAccount): Promise<void>;
}

export function createSignInLimits(app: App, context: AuthContext): SignInLimits {
  const { storage, signInThrottle, trustCookies } = context;
  const limitAddress = createAddressLimiter(app, ADDRESS_LIMITS.signIn);
  return {
    identify: (request, loginName, account) => identifySignInClient(request, trustCookies, loginName, account?.id),

    async refuse(request, reply, client) {
      // At a center everyone shares the router's address: someone filling its limit must not stop
      // staff on their own devices, so a client trusted for this account skips it.
      if (client.kind !== 'trusted') {
        const wait = await limitAddress(request);
        if (refuseIfThrottled(reply, wait, 'sign-in attempts from this network')) return true;
      }
      const wait = await signInThrottle.retryAfterMs(client);
      const hint = client.kind === 'trusted' ? '' : 'A device where you have signed in before can still sign in.';
      return refuseIfThrottled(reply, wait, 'failed sign-ins for this name', hint);
    },

    async noteFailure(request, client, account) {
      const outcome = await signInThrottle.recordFailure(client, request.ip);
      if (client.kind !== 'untrusted' || !outcome.blockedNow || !account) return;
      // Only real accounts reach here, so no typed name that is not an account is kept.
      await storage.audit.record(context.now(), {
        action: 'sign_in.locked',
        actorId: account.id,
        deviceId: request.caller.device?.id ?? null,
        target: account.loginName,
        detail: {
          failures: SIGN_IN_MAX_FAILURES,
          minutes: SIGN_IN_WINDOW_MS / 60_000,
          addresses: outcome.addresses,
        },
      });
    },

    async noteSuccess(request, reply, client, account) {
      await signInThrottle.recordSuccess(client);
      trustCookies.remember(request, reply, account.id);
    },
  };
}
