/**
 * How staff screens record what staff do: ops written on this device (offline too) in the name of
 * the signed-in staff member, for the site being worked on, several at once in one transaction,
 * with failures said kindly.
 */
import type { Op, OpDraft } from '../core/ops/op.js';
import { t } from '../i18n/index.js';
import { type RecordFailure, recordChanges } from '../sync/app-sync.js';
import { staffSession } from './session.js';
import { workingSite } from './site-choice.js';
import { draftsForSite } from './sites/site-scope.js';

type SignedOut = { readonly ok: false; readonly error: 'signed_out'; readonly message: string };
export type ActionResult<T> = { readonly ok: true; readonly value: T } | RecordFailure | SignedOut;
export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

export const SIGNED_OUT: SignedOut = { ok: false, error: 'signed_out', message: 'Please sign in again.' };

/** The signed-in staff member's id (also when the session is remembered offline), or null. */
export function currentStaffId(): string | null {
  const state = staffSession.peek();
  return state.status === 'signedIn' ? state.session.staff.id : null;
}

/**
 * Records these ops together as the signed-in staff member, or nothing at all; they are ops of
 * `site` (the site being worked on, unless an admin screen says which site it changes).
 */
export async function recordAsStaff(
  drafts: readonly OpDraft[],
  site: string = workingSite.peek(),
): Promise<ActionResult<Op[]>> {
  const actor = currentStaffId();
  if (!actor) return SIGNED_OUT;
  const result = await recordChanges(draftsForSite(drafts, site), actor);
  return result.ok ? { ok: true, value: result.ops } : result;
}

/** A failed action in the current language. */
export function describeActionFailure(failure: ActionFailure): string {
  switch (failure.error) {
    case 'storage_full':
      return t.value('sync.storageFull');
    case 'signed_out':
      return t.value('error.unauthorized');
    default:
      return t.value('error.badInput', { message: failure.message });
  }
}
