/**
 * Who may push which op. The server decides who acted: a claim inside an op (its device, its
 * actor, its time) is accepted only where the server's own records back it. See ADR 0004.
 */
import type { Device, StaffAccount } from '../../src/core/auth/api.js';
import { isAdminOpType, KIOSK_OP_TYPES, type Op, SERVER_ONLY_OP_TYPES } from '../../src/core/ops/op.js';
import type { Pusher, SessionSpan, StaffState } from '../storage/types.js';
import { siteRefusalFor } from './site-rules.js';

/**
 * What the rules read from the server's records, synchronously: each storage engine answers
 * these inside the transaction that stores the batch (SQLite by looking up, another engine may
 * load what a batch names first), so the rules stay one pure piece of code.
 */
export interface RuleFacts {
  device(id: string): Device | undefined;
  staff(id: string): StaffAccount | undefined;
  staffStateAt(staffId: string, at: number): StaffState | undefined;
  sessionsOverlapping(staffId: string, from: number, until: number): SessionSpan[];
  /** Whether a `site.created` for this site id is stored. */
  siteExists(siteId: string): boolean;
}

export interface Refusal {
  readonly reason: string;
  readonly message: string;
}

/**
 * How far an op's time may fall outside a session and still count as inside it: device clocks
 * drift, and the server notes a session's last use at most once a minute.
 */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/** What the server knows about the push an op arrived in. */
export interface PushContext {
  /** The server's time (ms). */
  readonly now: number;
  /** Server time minus the pushing device's time, when the device said what its clock read. */
  readonly skewMs: number;
}

export function refusalFor(facts: RuleFacts, op: Op, pusher: Pusher, push: PushContext): Refusal | null {
  // issue 20: a forged "links before this day are gone" would make every device drop its data.
  if (SERVER_ONLY_OP_TYPES.has(op.type)) {
    return { reason: 'forbidden', message: `Only the server records ${op.type}.` };
  }
  const deviceRefusal = deviceRefusalFor(facts, op, pusher);
  if (deviceRefusal) return deviceRefusal;
  return whoRefusalFor(facts, op, pusher, push) ?? siteRefusalFor(facts, op, pusher);
}

/** Who made the op: a kiosk for kiosk ops, else a staff member the pusher may speak for. */
function whoRefusalFor(facts: RuleFacts, op: Op, pusher: Pusher, push: PushContext): Refusal | null {
  if (op.actor === null) return kioskRefusalFor(facts, op, pusher);
  if (!pusher.staff)
    return {
      reason: 'forbidden',
      message: 'A kiosk can only check people in, create requests and report overdose reversals.',
    };
  return actorRefusalFor(facts, op, op.actor, pusher, actedAt(op, push)) ?? caseManagerRefusalFor(facts, op);
}

/** A participant's case manager must be a staff member this server knows (issue 15). */
function caseManagerRefusalFor(facts: RuleFacts, op: Op): Refusal | null {
  const profile =
    op.type === 'participant.enrolled'
      ? op.payload.profile
      : op.type === 'participant.updated'
        ? op.payload.changes
        : null;
  const caseManager = profile?.caseManager;
  if (typeof caseManager !== 'string' || facts.staff(caseManager)) return null;
  return { reason: 'unknown_case_manager', message: 'The case manager named here is not a staff member.' };
}

/**
 * The time an op was made, on the server's clock: its stamp corrected by the pushing device's
 * clock error, and never later than now (an op cannot have been made after it arrived).
 */
export function actedAt(op: Pick<Op, 'at'>, push: PushContext): number {
  return Math.min(Number(op.at.slice(0, 13)) + push.skewMs, push.now);
}

function deviceRefusalFor(facts: RuleFacts, op: Op, pusher: Pusher): Refusal | null {
  if (op.deviceId === pusher.device?.id) return null;
  // Ops can outlive the identity they were made under: a staff browser pushes what it did
  // before it was paired, a re-paired tablet what it did before its revoke. Nobody may write
  // as another device that is paired now, and a kiosk cannot invent device ids.
  const named = facts.device(op.deviceId);
  if (named && named.revokedAt === null) {
    return { reason: 'device_mismatch', message: 'This op names another paired device.' };
  }
  if (!named && !pusher.staff) return { reason: 'device_mismatch', message: 'This op was made on another device.' };
  return null;
}

/** An op with no staff actor is a kiosk's: a check-in, a request or a reversal report, made on a kiosk tablet. */
function kioskRefusalFor(facts: RuleFacts, op: Op, pusher: Pusher): Refusal | null {
  const madeOn = op.deviceId === pusher.device?.id ? pusher.device : facts.device(op.deviceId);
  // A check-in "by staff" is a staff member's word that the person is here: never a kiosk's.
  if (op.type === 'visit.checkedIn' && op.payload.who === 'participant' && op.payload.method === 'staff') {
    return { reason: 'forbidden', message: 'A front-desk check-in must name the staff member who made it.' };
  }
  if (KIOSK_OP_TYPES.has(op.type) && madeOn?.role === 'kiosk') return null;
  return { reason: 'forbidden', message: `A ${op.type} op must name the staff member who made it.` };
}

/**
 * A staff op is accepted when its actor had a session covering the op's time that the pusher
 * can speak for: the pusher's own (any device), or one on the device that made the op (taking
 * turns on a laptop that was offline). The account must have been active then, and an admin for
 * the catalog, hours and limits.
 */
function actorRefusalFor(facts: RuleFacts, op: Op, actor: string, pusher: Pusher, at: number): Refusal | null {
  if (!facts.staff(actor)) {
    return { reason: 'unknown_actor', message: 'The staff member who made this op is not known here.' };
  }
  // A clock a little behind may stamp an op just before the account was made.
  const state = facts.staffStateAt(actor, at) ?? facts.staffStateAt(actor, at + CLOCK_TOLERANCE_MS);
  if (state && !state.active) {
    return { reason: 'actor_disabled', message: 'This account was disabled before this change was made.' };
  }
  const spans = facts.sessionsOverlapping(actor, at - CLOCK_TOLERANCE_MS, at + CLOCK_TOLERANCE_MS);
  const speaksFor = spans.some((span) => actor === pusher.staff?.id || span.deviceId === op.deviceId);
  if (!state || !speaksFor) {
    return {
      reason: 'actor_not_signed_in',
      message: 'The staff member named on this change was not signed in on this device at that time.',
    };
  }
  if (isAdminOpType(op.type) && state.role !== 'admin') {
    return { reason: 'forbidden', message: 'Only an admin can change the catalog, opening hours, limits and sites.' };
  }
  return null;
}
