/**
 * The staff console's session: loaded from the server at start, set by sign-in or setup,
 * ended by sign-out. On a paired staff device the last session is remembered so the console
 * opens offline; a sign-out made offline is finished with the server the next time it answers.
 */
import { signal } from '@preact/signals';
import type { Session } from '../core/auth/api.js';
import {
  forgetSession,
  getRememberedSession,
  isSignOutPending,
  markSignOutPending,
  rememberSession,
} from '../store/staff-session.js';
import { deliverWaitingChanges } from '../sync/app-sync.js';
import { getSession, signOut } from '../sync/auth-api.js';
import { loadThisDevice } from '../sync/device.js';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signedOut' }
  /** Not signed in and the server cannot be asked. */
  | { readonly status: 'offline' }
  /** `offline`: the server could not confirm it; this is the session remembered on this device. */
  | { readonly status: 'signedIn'; readonly session: Session; readonly offline: boolean };

export const staffSession = signal<SessionState>({ status: 'loading' });

/** Asks the server who is signed in (finishing a pending sign-out first). */
export async function loadSession(): Promise<void> {
  if (await isSignOutPending().catch(() => false)) {
    // The cookie is still the person's who signed out: what they did offline goes first, as theirs.
    await deliverWaitingChanges();
    const ended = await signOut();
    if (ended.ok || ended.status === 401) await markSignOutPending(false).catch(() => undefined);
    if (!ended.ok && ended.error === 'offline') {
      staffSession.value = { status: 'offline' };
      return;
    }
  }
  const result = await getSession();
  if (result.ok) return startSession(result.value);
  if (result.error !== 'offline') {
    await forgetSession().catch(() => undefined);
    staffSession.value = { status: 'signedOut' };
    return;
  }
  const remembered = (await canRemember()) ? await getRememberedSession().catch(() => null) : null;
  staffSession.value = remembered ? { status: 'signedIn', session: remembered, offline: true } : { status: 'offline' };
}

/** After sign-in or setup, or a confirmed session. */
export async function startSession(session: Session): Promise<void> {
  staffSession.value = { status: 'signedIn', session, offline: false };
  if (await canRemember()) await rememberSession(session).catch(() => undefined);
}

/** The server said the session is gone (expired, disabled, signed out elsewhere). */
export function sessionEnded(): void {
  if (staffSession.peek().status !== 'signedIn') return;
  staffSession.value = { status: 'signedOut' };
  void forgetSession().catch(() => undefined);
}

/** Signs out here at once, and with the server now or, if it cannot be reached, later. */
export async function endSession(): Promise<void> {
  staffSession.value = { status: 'signedOut' };
  await forgetSession().catch(() => undefined);
  // The server accepts a change only from someone who was signed in when it was made; send what
  // is waiting while this session is still the one on the request.
  await deliverWaitingChanges();
  const result = await signOut();
  if (!result.ok && result.error === 'offline') await markSignOutPending(true).catch(() => undefined);
}

/** Only a paired, unrevoked staff device keeps a session for offline use; never a kiosk. */
async function canRemember(): Promise<boolean> {
  const identity = await loadThisDevice();
  return identity?.role === 'staff' && !identity.revoked;
}
