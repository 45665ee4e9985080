/**
 * What the kiosk records, and when: identifying someone (card, name, visitor) records nothing;
 * only their confirmation on the needs screen writes the visit, its ticket and their request,
 * together, on the tablet first, so it works the same with no network.
 */

import { hashCardToken, normaliseCardToken } from '../core/cards/card-token.js';
import { centerDay } from '../core/day.js';
import { type DirectoryEntry, searchKeysOf } from '../core/fold/directory.js';
import { entryForCard } from '../core/kiosk/name-search.js';
import { returningVisit } from '../core/kiosk/same-day.js';
import type { OpDraft } from '../core/ops/op.js';
import type { RequestedItem } from '../core/ops/requests.js';
import { currentSite } from '../store/device-identity.js';
import { newRandomId } from '../store/op-ids.js';
import { appOpStore, recordChanges, recordCheckIn } from '../sync/app-sync.js';
import type { CheckedIn, PendingVisit } from './flow.js';
import { visitorName } from './visitor-name.js';

export type ConfirmResult = { readonly ok: true; readonly visit: CheckedIn } | { readonly ok: false };

/** The active participant for a scanned or typed card payload, or null (not ours, unknown, revoked). */
export async function participantForCard(scanned: string): Promise<DirectoryEntry | null> {
  const token = normaliseCardToken(scanned);
  if (!token) return null;
  const store = await appOpStore();
  const tokenHash = hashCardToken(token);
  // The entries holding this card (by index), never the whole directory.
  return entryForCard(await store.directoryByCardHash(tokenHash), tokenHash);
}

/**
 * The directory entries a typed name could match: those with its first word among their search
 * keys (by index), a superset of what `findByNameAndBirthday` keeps, since every typed word must
 * be one of a person's keys. Nothing at all for a name with no word in it.
 */
export async function kioskDirectoryFor(typed: string): Promise<DirectoryEntry[]> {
  const [word] = searchKeysOf([typed]);
  return word === undefined ? [] : (await appOpStore()).directoryBySearchKey(word);
}

/**
 * A participant who proved who they are (card, or name with birthday and "yes, that's me"), not
 * yet recorded. A second check-in the same day (on this kiosk) finds the first visit, its ticket
 * and what they already asked for, from the same-day records that outlive the synced visit. A
 * visit at another site is another visit, with its own number and limits.
 */
export async function identifyParticipant(entry: DirectoryEntry, method: 'card' | 'name'): Promise<PendingVisit> {
  const day = centerDay(new Date());
  const [store, site] = await Promise.all([appOpStore(), currentSite()]);
  const earlier = returningVisit(
    await store.sameDayRecordsOf(entry.participantId, day),
    entry.participantId,
    day,
    site,
  );
  return {
    day,
    who: 'participant',
    participantId: entry.participantId,
    name: entry.firstName,
    method,
    earlier: earlier && { visitId: earlier.visitId, ticket: earlier.ticket },
    again: earlier !== null,
    asked: earlier?.asked ?? new Map(),
    language: entry.language ?? null,
  };
}

/** A community visitor, with the first name they chose to give (or none), not yet recorded. */
export function identifyVisitor(typedName: string): PendingVisit {
  return {
    day: centerDay(new Date()),
    who: 'visitor',
    participantId: null,
    name: visitorName(typedName),
    method: null,
    earlier: null,
    again: false,
    asked: new Map(),
    language: null,
  };
}

/**
 * They confirmed (Send, or "Nothing today, thanks"): a first visit is written with the next
 * ticket and the request in one transaction, so a ticket is used only by a confirmed visit; a
 * same-day return keeps its visit and number and adds only the request, if any. `extra` ops (a
 * reversal report) are saved in the same transaction.
 */
export async function confirmVisit(
  pending: PendingVisit,
  items: readonly RequestedItem[],
  extra: readonly OpDraft[] = [],
): Promise<ConfirmResult> {
  const { day, participantId, name, again, asked } = pending;
  const request = (visitId: string, ticket: string | null): OpDraft[] =>
    items.length === 0
      ? []
      : [
          {
            type: 'request.created',
            payload: { requestId: `request_${newRandomId()}`, visitId, day, participantId, ticket, items: [...items] },
          },
        ];
  if (pending.earlier) {
    const { visitId, ticket } = pending.earlier;
    const drafts = [...request(visitId, ticket), ...extra];
    if (drafts.length > 0 && !(await recordChanges(drafts, null)).ok) return { ok: false };
    return { ok: true, visit: { visitId, day, ticket, participantId, name, again, asked } };
  }
  const visitId = `visit_${newRandomId()}`;
  const result = await recordCheckIn(day, (ticket) => [
    { type: 'visit.checkedIn', payload: { visitId, day, ticket, ...whoPayload(pending) } },
    ...request(visitId, ticket),
    ...extra,
  ]);
  if (!result.ok) return { ok: false };
  return { ok: true, visit: { visitId, day, ticket: result.ticket, participantId, name, again, asked } };
}

/** The part of `visit.checkedIn` that says who came. */
function whoPayload(pending: PendingVisit) {
  return pending.who === 'participant' && pending.participantId !== null
    ? { who: 'participant' as const, participantId: pending.participantId, method: pending.method ?? 'name' }
    : { who: 'visitor' as const, name: pending.name };
}
