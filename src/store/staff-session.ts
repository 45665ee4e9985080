/**
 * The last confirmed staff session, kept only on paired staff devices so the console still opens
 * when the network is down. The server's cookie stays the authority whenever it can be asked.
 */
import { Session } from '../core/auth/api.js';
import { deleteMeta, readMeta, writeMeta } from './db.js';

const KEY = 'staffSession';

/** The remembered session if it has not passed its idle expiry at `now`, else null. */
export async function getRememberedSession(now: number = Date.now()): Promise<Session | null> {
  const parsed = Session.safeParse(await readMeta(KEY));
  if (!parsed.success) return null;
  return Date.parse(parsed.data.idleExpiresAt) > now ? parsed.data : null;
}

export async function rememberSession(session: Session): Promise<void> {
  await writeMeta(KEY, session);
}

export async function forgetSession(): Promise<void> {
  await deleteMeta(KEY);
}

/** A sign-out that could not reach the server: the cookie may still be live, so end it next time. */
export async function markSignOutPending(pending: boolean): Promise<void> {
  if (pending) await writeMeta('signOutPending', true);
  else await deleteMeta('signOutPending');
}

export async function isSignOutPending(): Promise<boolean> {
  return (await readMeta('signOutPending')) === true;
}
