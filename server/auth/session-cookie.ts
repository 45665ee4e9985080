/** Setting and clearing the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS. */
// The cookie plugin's type augmentation (reply.setCookie, request.cookies).
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE, SESSION_MAX_MS } from './sessions.js';

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
