/**
 * Checking someone in at the front desk, as the signed-in staff member, on this device first (so it
 * works offline): a first visit gets this device's next ticket with its request in one
 * transaction; a participant (or visitor) already here today keeps their visit and ticket, and
 * only the request is added.
 */
import { centerDay } from '../../core/day.js';
import type { OpDraft } from '../../core/ops/op.js';
import type { RequestedItem } from '../../core/ops/requests.js';
import { newRandomId } from '../../store/op-ids.js';
import { recordChanges, recordCheckIn } from '../../sync/app-sync.js';
import { workingSite } from '../site-choice.js';
import { draftsForSite } from '../sites/site-scope.js';
import { type ActionResult, currentStaffId, SIGNED_OUT } from '../staff-actions.js';
import { deskChoices } from './desk-queries.js';

export type DeskWho =
  | { readonly who: 'participant'; readonly participantId: string }
  | { readonly who: 'visitor'; readonly name: string | null }
  /** A visitor already checked in today: only a request is added. */
  | { readonly who: 'visit'; readonly visitId: string };

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
  const site = workingSite.peek();
  // Read again now: the kiosk may have checked them in since the form opened.
  const today = who.who === 'visitor' ? null : (await deskChoices(who, site)).today;
  if (today) {
    const participantId = who.who === 'participant' ? who.participantId : null;
    const drafts = requestDrafts(items, today.visitId, day, participantId, today.ticket);
    if (drafts.length > 0) {
      const saved = await recordChanges(draftsForSite(drafts, site), actor);
      if (!saved.ok) return saved;
    }
    return { ok: true, value: { visitId: today.visitId, ticket: today.ticket, again: true } };
  }
  if (who.who === 'visit') return { ok: false, error: 'invalid', message: 'This visit is not on this device.' };
  const visitId = `visit_${newRandomId()}`;
  const whoPayload =
    who.who === 'participant'
      ? { who: 'participant' as const, participantId: who.participantId, method: 'staff' as const }
      : { who: 'visitor' as const, name: who.name };
  const participantId = who.who === 'participant' ? who.participantId : null;
  const saved = await recordCheckIn(
    day,
    (ticket) =>
      draftsForSite(
        [
          { type: 'visit.checkedIn', payload: { visitId, day, ticket, ...whoPayload } },
          ...requestDrafts(items, visitId, day, participantId, ticket),
        ],
        site,
      ),
    actor,
  );
  if (!saved.ok) return saved;
  return { ok: true, value: { visitId, ticket: saved.ticket, again: false } };
}

/** The request for these items at the visit, or nothing when nothing was asked for. */
function requestDrafts(
  items: readonly RequestedItem[],
  visitId: string,
  day: string,
  participantId: string | null,
  ticket: string | null,
): OpDraft[] {
  if (items.length === 0) return [];
  return [
    {
      type: 'request.created',
      payload: { requestId: `request_${newRandomId()}`, visitId, day, participantId, ticket, items: [...items] },
    },
  ];
}
