/**
 * The trust cookie (OWASP's "device cookie"): after a successful sign-in the browser keeps a signed,
 * HttpOnly cookie naming the accounts that signed in on it, so their failures count apart from
 * strangers'. It holds a random browser id and account ids, nothing a person could read.
 */
import { randomBytes } from 'node:crypto';
import { Signer } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const TRUST_COOKIE = 'lead_trust';
/** Kept this long after the browser's last successful sign-in. */
export const TRUST_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;
/** Accounts one browser remembers (a shared laptop); past it the least recently signed-in is dropped. */
export const TRUST_COOKIE_ACCOUNTS = 10;

export interface BrowserTrust {
  readonly browserId: string;
  readonly accountIds: readonly string[];
}

export class TrustCookies {
  private readonly signer: Signer;

  constructor(
    key: string,
    private readonly tls: boolean,
  ) {
    this.signer = new Signer(key);
  }

  /** The trust this request's cookie carries; undefined if it has none or it is forged or damaged. */
  read(request: FastifyRequest): BrowserTrust | undefined {
    const cookie = request.cookies[TRUST_COOKIE];
    if (!cookie) return undefined;
    const { valid, value } = this.signer.unsign(cookie);
    const match = valid && value ? /^([\w-]{22}):([\da-f,]+)$/.exec(value) : null;
    if (!match) return undefined;
    return { browserId: match[1] as string, accountIds: (match[2] as string).split(',') };
  }

  /** Adds `accountId` to the browser's trust (a new browser gets a new id) and renews the cookie. */
  remember(request: FastifyRequest, reply: FastifyReply, accountId: string): void {
    const trust = this.read(request);
    const browserId = trust?.browserId ?? randomBytes(16).toString('base64url');
    const others = (trust?.accountIds ?? []).filter((id) => id !== accountId);
    const accountIds = [accountId, ...others].slice(0, TRUST_COOKIE_ACCOUNTS);
    reply.setCookie(TRUST_COOKIE, this.signer.sign(`${browserId}:${accountIds.join(',')}`), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.tls,
      // Only the sign-in route needs it, so no other request carries it.
      path: '/api/session',
      maxAge: TRUST_COOKIE_MAX_AGE_S,
    });
  }
}
