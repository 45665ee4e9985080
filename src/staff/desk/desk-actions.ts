/**
 * Checking someone in at the front desk, as the signed-in staff member, on this device first (so it
 * works offline): a first visit gets this device's next ticket with its request in one
 * transaction; a participant already here today keeps their visit and ticket, and only the
 * request is added.
 */
import { centerDay } from '../../core/day.js';
import type { OpDraft } from '../../core/ops/op.js';
import type { RequestedItem } from '../../core/ops/requests.js';
import { newRandomId } from '../../store/op-ids.js';
import { recordChanges, recordCheckIn } from '../../sync/app-sync.js';
import { type ActionResult, currentStaffId, SIGNED_OUT } from '../staff-actions.js';
import { deskChoices } from './desk-queries.js';

export type DeskWho =
  | { readonly who: 'participant'; readonly participantId: string }
  | { readonly who: 'visitor'; readonly name: string | null };

export interface DeskCheckedIn {
  readonly visitId: string;
  readonly ticket: string | null;
  /** The visit was today's earlier one (kiosk or desk): only a request was added. */
  readonly again: boolean;
}

export async function checkInAtDesk(
  who: DeskWho,
  items: readonly RequestedItem[],
): Promise<ActionResult<DeskCheckedIn>> {
  const actor = currentStaffId();
  if (!actor) return SIGNED_OUT;
  const day = centerDay(new Date());
  const participantId = who.who === 'participant' ? who.participantId : null;
  const request = (visitId: string, ticket: string | null): OpDraft[] =>
    items.length === 0
      ? []
      : [
          {
            type: 'request.created',
            payload: { requestId: `request_${newRandomId()}`, visitId, day, participantId, ticket, items: [...items] },
          },
        ];
  // Read again now: the kiosk may have checked them in since the form opened.
  const today = participantId ? (await deskChoices(participantId)).today : null;
  if (today) {
    const drafts = request(today.visitId, today.ticket);
    if (drafts.length > 0) {
      const saved = await recordChanges(drafts, actor);
      if (!saved.ok) return saved;
    }
    return { ok: true, value: { visitId: today.visitId, ticket: today.ticket, again: true } };
  }
  const visitId = `visit_${newRandomId()}`;
  const whoPayload =
    who.who === 'participant'
      ? { who: 'participant' as const, participantId: who.participantId, method: 'staff' as const }
      : { who: 'visitor' as const, name: who.name };
  const saved = await recordCheckIn(
    day,
    (ticket) => [
      { type: 'visit.checkedIn', payload: { visitId, day, ticket, ...whoPayload } },
      ...request(visitId, ticket),
    ],
    actor,
  );
  if (!saved.ok) return saved;
  return { ok: true, value: { visitId, ticket: saved.ticket, again: false } };
}
