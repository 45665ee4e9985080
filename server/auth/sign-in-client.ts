/**
 * Tells a client that has signed in to this account before (a trust cookie naming it, or a paired
 * staff device) from any other, so throttling can keep strangers' failures away from it.
 */
import type { FastifyRequest } from 'fastify';
import type { SignInClient } from './sign-in-throttle.js';
import type { TrustCookies } from './trust-cookie.js';

/** `accountId` is the account `loginName` names, or undefined when no account has that name. */
export function identifySignInClient(
  request: FastifyRequest,
  trust: TrustCookies,
  loginName: string,
  accountId: string | undefined,
): SignInClient {
  if (accountId === undefined) return { kind: 'unknown', loginName };
  // A staff laptop or tablet the center paired is its own: every account gets its own count on it.
  const device = request.caller.device;
  if (device?.role === 'staff') return { kind: 'trusted', accountId, clientKey: `device:${device.id}` };
  const browser = trust.read(request);
  if (browser?.accountIds.includes(accountId)) {
    return { kind: 'trusted', accountId, clientKey: `browser:${browser.browserId}` };
  }
  return { kind: 'untrusted', accountId };
}
