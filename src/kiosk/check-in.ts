/**
 * What the kiosk records: a participant or visitor checking in (with the next ticket), and what
 * they asked for. Both are saved on the tablet first, so they work the same with no network.
 */

import { hashCardToken, normaliseCardToken } from '../core/cards/card-token.js';
import { centerDay } from '../core/day.js';
import type { DirectoryEntry } from '../core/fold/directory.js';
import { entryForCard } from '../core/kiosk/name-search.js';
import { returningVisit } from '../core/kiosk/same-day.js';
import type { RequestedItem } from '../core/ops/requests.js';
import { newRandomId } from '../store/op-ids.js';
import { appOpStore, recordChange, recordCheckIn } from '../sync/app-sync.js';
import type { CheckedIn } from './flow.js';
import { visitorName } from './visitor-name.js';

export type CheckInResult = { readonly ok: true; readonly visit: CheckedIn } | { readonly ok: false };

/** The active participant for a scanned or typed card payload, or null (not ours, unknown, revoked). */
export async function participantForCard(scanned: string): Promise<DirectoryEntry | null> {
  const token = normaliseCardToken(scanned);
  if (!token) return null;
  const store = await appOpStore();
  return entryForCard(await store.directory(), hashCardToken(token));
}

/** The directory this kiosk holds (first names, initials, search keys, card hashes). */
export async function kioskDirectory(): Promise<DirectoryEntry[]> {
  return (await appOpStore()).directory();
}

/**
 * Checks a participant in. A second check-in the same day (on this kiosk) finds the first visit
 * and its ticket again, so they go straight on to asking for things. It reads the same-day
 * records, which outlive the synced visit itself until the center day ends. What they already
 * asked for comes back with it, so call this only once they have proved who they are (card, or
 * name with birthday and "yes, that's me").
 */
export async function checkInParticipant(entry: DirectoryEntry, method: 'card' | 'name'): Promise<CheckInResult> {
  const day = centerDay(new Date());
  const store = await appOpStore();
  const earlier = returningVisit(await store.sameDayRecords(), entry.participantId, day);
  if (earlier) {
    const { visitId, ticket, asked } = earlier;
    return {
      ok: true,
      visit: { visitId, day, ticket, participantId: entry.participantId, name: entry.firstName, again: true, asked },
    };
  }
  const visitId = `visit_${newRandomId()}`;
  const result = await recordCheckIn(day, (ticket) => [
    {
      type: 'visit.checkedIn',
      payload: { visitId, day, ticket, who: 'participant', participantId: entry.participantId, method },
    },
  ]);
  if (!result.ok) return { ok: false };
  return {
    ok: true,
    visit: {
      visitId,
      day,
      ticket: result.ticket,
      participantId: entry.participantId,
      name: entry.firstName,
      again: false,
      asked: new Map(),
    },
  };
}

/** Checks a community visitor in, with the first name they chose to give (or none). */
export async function checkInVisitor(typedName: string): Promise<CheckInResult> {
  const day = centerDay(new Date());
  const name = visitorName(typedName);
  const visitId = `visit_${newRandomId()}`;
  const result = await recordCheckIn(day, (ticket) => [
    { type: 'visit.checkedIn', payload: { visitId, day, ticket, who: 'visitor', name } },
  ]);
  if (!result.ok) return { ok: false };
  return {
    ok: true,
    visit: { visitId, day, ticket: result.ticket, participantId: null, name, again: false, asked: new Map() },
  };
}

/** Records what someone asked for at their visit; false if the tablet could not save it. */
export async function requestItems(visit: CheckedIn, items: readonly RequestedItem[]): Promise<boolean> {
  if (items.length === 0) return true;
  const result = await recordChange(
    {
      type: 'request.created',
      payload: {
        requestId: `request_${newRandomId()}`,
        visitId: visit.visitId,
        day: visit.day,
        participantId: visit.participantId,
        ticket: visit.ticket,
        items: [...items],
      },
    },
    null,
  );
  return result.ok;
}
