/**
 * Who may push which op. A kiosk may only check people in and create requests, as itself; staff
 * ops name a staff member who exists; catalog and settings ops need an admin. No device may push
 * ops in the name of another device that is paired now.
 */
import type { Database } from 'better-sqlite3';
import { isAdminOpType, KIOSK_OP_TYPES, type Op } from '../../src/core/ops/op.js';
import type { Caller } from '../auth/caller.js';

export interface Refusal {
  readonly reason: string;
  readonly message: string;
}

export function refusalFor(db: Database, op: Op, caller: Caller): Refusal | null {
  const isStaff = caller.roles.has('staff');
  const callerDevice = caller.device?.id;
  if (op.deviceId !== callerDevice) {
    // Ops can outlive the identity they were made under: a staff browser pushes what it did
    // before it was paired, a re-paired tablet what it did before its revoke. Nobody may write
    // as another device that is paired now, and a kiosk cannot invent device ids.
    const named = db.prepare('SELECT revoked_at FROM devices WHERE id = ?').get(op.deviceId) as
      | { revoked_at: string | null }
      | undefined;
    if (named && named.revoked_at === null) {
      return { reason: 'device_mismatch', message: 'This op names another paired device.' };
    }
    if (!named && !isStaff) return { reason: 'device_mismatch', message: 'This op was made on another device.' };
  }
  if (op.actor === null) {
    if (KIOSK_OP_TYPES.has(op.type)) return null;
    return { reason: 'forbidden', message: `A ${op.type} op must name the staff member who made it.` };
  }
  if (!isStaff) return { reason: 'forbidden', message: 'A kiosk can only check people in and create requests.' };
  const role = db.prepare('SELECT role FROM staff WHERE id = ?').pluck().get(op.actor) as string | undefined;
  if (!role) return { reason: 'unknown_actor', message: 'The staff member who made this op is not known here.' };
  if (isAdminOpType(op.type) && role !== 'admin') {
    return { reason: 'forbidden', message: 'Only an admin can change the catalog, opening hours and limits.' };
  }
  return null;
}
