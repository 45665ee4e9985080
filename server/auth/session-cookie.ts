/** Setting and clearing the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS. */
// The cookie plugin's type augmentation (reply.setCookie, request.cookies).
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Session, StaffAccount } from '../../src/core/auth/api.js';
import type { AuthContext } from './context.js';
import { newToken, sha256 } from './crypto.js';
import { SESSION_COOKIE, SESSION_IDLE_MS, SESSION_MAX_MS } from './sessions.js';

export function setSessionCookie(reply: FastifyReply, token: string, tls: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: tls,
    path: '/',
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, tls: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: tls, path: '/' });
}

/**
 * Starts a session for `staff` (on `deviceId`, if any: a paired device holds one session at a
 * time), sets its cookie, and returns the Session body. Only the token's hash is stored.
 */
export async function startSession(
  context: AuthContext,
  reply: FastifyReply,
  staff: StaffAccount,
  deviceId: string | null,
  now: Date,
): Promise<Session> {
  const token = newToken();
  await context.storage.accounts.startSession(sha256(token), staff.id, deviceId, now);
  setSessionCookie(reply, token, context.tls);
  return { staff, idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString() };
}
