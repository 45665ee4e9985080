/** Setting and clearing the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS. */
// The cookie plugin's type augmentation (reply.setCookie, request.cookies).
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Session, StaffAccount } from '../../src/core/auth/api.js';
import type { AuthContext } from './context.js';
import { createSession, SESSION_COOKIE, SESSION_IDLE_MS, SESSION_MAX_MS } from './sessions.js';

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

/** Starts a session for `staff` (on `deviceId`, if any), sets its cookie, and returns the Session body. */
export function startSession(
  context: AuthContext,
  reply: FastifyReply,
  staff: StaffAccount,
  deviceId: string | null,
  now: Date,
): Session {
  const token = createSession(context.db, staff.id, deviceId, now);
  setSessionCookie(reply, token, context.tls);
  return { staff, idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString() };
}
