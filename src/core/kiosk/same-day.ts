/**
 * The kiosk's same-day rules: a participant who checks in again the same day keeps their number,
 * and what they already asked for counts against the limits. After sync the kiosk keeps only these
 * minimal records of its visits and requests (see retention.ts), so the rules read them too.
 */
import type { RequestView, VisitView } from '../fold/views.js';
import type { RequestedItem } from '../ops/requests.js';
import { inSite, type SiteFilter, siteField, siteOfView } from '../sites/site.js';

/** A participant's visit, as much as the same-day rules need: no time, no method, no name. */
export interface SameDayVisit {
  readonly kind: 'visit';
  /** issue 17: the visit's site, absent for the default site (and in records kept before sites). */
  readonly site?: string;
  readonly visitId: string;
  readonly day: string;
  readonly ticket: string | null;
  readonly participantId: string;
}

/** What a participant asked for at a visit (per-visit limits and "you already asked for this"). */
export interface SameDayRequest {
  readonly kind: 'request';
  readonly site?: string;
  readonly requestId: string;
  readonly visitId: string;
  readonly day: string;
  readonly items: readonly RequestedItem[];
}

export type SameDayRecord = SameDayVisit | SameDayRequest;

/** The visit a participant already made today, with quantities already asked for by item. */
export interface ReturningVisit {
  readonly visitId: string;
  readonly day: string;
  readonly ticket: string | null;
  readonly asked: ReadonlyMap<string, number>;
}

/** The store key of a record: one per visit and one per request. */
export function sameDayKey(record: SameDayRecord): string {
  return record.kind === 'visit' ? `visit:${record.visitId}` : `request:${record.requestId}`;
}

/**
 * The minimal record of a visit or request view, or null when the same-day rules need nothing of
 * it: a visitor cannot be recognised again, and a request never created here has no items.
 */
export function sameDayRecordOf(view: VisitView | RequestView): SameDayRecord | null {
  if (view.kind === 'visit') {
    if (view.who !== 'participant') return null;
    return {
      kind: 'visit',
      ...siteField(siteOfView(view)),
      visitId: view.visitId,
      day: view.day,
      ticket: view.ticket,
      participantId: view.participantId,
    };
  }
  const created = view.created;
  if (!created || created.participantId === null) return null;
  return {
    kind: 'request',
    ...siteField(siteOfView(view)),
    requestId: created.requestId,
    visitId: created.visitId,
    day: created.day,
    items: created.items.map(({ itemId, quantity }) => ({ itemId, quantity })),
  };
}

/**
 * The participant's visit on `day` at `site` and what they asked for at it, or null for a first
 * visit there (a visit at another site is another visit, with its own number and limits).
 * Records may repeat (the same request as a view and as a kept record): each counts once. Should
 * there be two visits, the first by id wins, so the answer does not depend on storage order.
 */
export function returningVisit(
  records: Iterable<SameDayRecord>,
  participantId: string,
  day: string,
  site: SiteFilter = 'all',
): ReturningVisit | null {
  const unique = new Map<string, SameDayRecord>();
  for (const record of records) if (inSite(record, site)) unique.set(sameDayKey(record), record);
  const visit = [...unique.values()]
    .filter(
      (record): record is SameDayVisit =>
        record.kind === 'visit' && record.participantId === participantId && record.day === day,
    )
    .sort((a, b) => (a.visitId < b.visitId ? -1 : a.visitId > b.visitId ? 1 : 0))[0];
  if (!visit) return null;
  const asked = new Map<string, number>();
  for (const record of unique.values()) {
    if (record.kind !== 'request' || record.visitId !== visit.visitId) continue;
    for (const line of record.items) asked.set(line.itemId, (asked.get(line.itemId) ?? 0) + line.quantity);
  }
  return { visitId: visit.visitId, day: visit.day, ticket: visit.ticket, asked };
}
