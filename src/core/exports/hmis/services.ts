/**
 * issue 16 — HMIS: one Services.csv row per item handed out (a request's winning outcome), for
 * participants with HMIS consent and items with a service code; what is left out is counted.
 */
import { currentItem, currentParticipant, type Participant } from '../../fold/selectors.js';
import type { ItemView, ParticipantView, RequestOutcome, RequestView } from '../../fold/views.js';
import type { HmisServiceCode } from '../../ops/hmis-service-code.js';
import type { HandedOutItem } from '../../ops/requests.js';
import { SERVICES_COLUMNS } from './columns.js';
import { hmisStampTime } from './hmis-dates.js';
import { enrollmentId, personalId, servicesId, userId } from './hmis-ids.js';

export type ServicesRow = Record<(typeof SERVICES_COLUMNS)[number], string>;

/** Hand-out lines in the range that the export does not send, and why. */
export interface HmisLeftOut {
  /** Participants with a hand-out in the range but no HMIS consent, and their lines. */
  readonly withoutConsent: { readonly participants: number; readonly lines: number };
  /** Items handed out in the range without an HMIS service code (English names), and their lines. */
  readonly withoutCode: { readonly items: readonly string[]; readonly lines: number };
  /** Lines handed out to visitors who are not enrolled (no one to send them for). */
  readonly visitors: { readonly lines: number };
}

export interface ServicesResult {
  readonly rows: readonly ServicesRow[];
  /** The participants the rows are for (only consenting ones), by id. */
  readonly participants: ReadonlyMap<string, Participant>;
  /** Staff ids that recorded the hand-outs. */
  readonly users: ReadonlySet<string>;
  readonly leftOut: HmisLeftOut;
}

export interface ServicesInput {
  readonly exportId: string;
  /** First and last day (YYYY-MM-DD), both included; a request counts on the day it was made. */
  readonly from: string;
  readonly to: string;
  readonly participants: readonly ParticipantView[];
  readonly items: readonly ItemView[];
  readonly requests: readonly RequestView[];
}

/** Whether the person said yes to HMIS; a profile from before the question has no, like a new one. */
export function hasHmisConsent(participant: Pick<Participant, 'hmisConsent'>): boolean {
  return participant.hmisConsent === true;
}

const HANDED_OUT = new Set<RequestOutcome['type']>(['fulfilled', 'partlyFulfilled']);

export function buildServices(input: ServicesInput): ServicesResult {
  const participants = indexBy(input.participants.map(currentParticipant));
  const items = indexBy(input.items.map(currentItem));
  const rows: ServicesRow[] = [];
  const sentTo = new Map<string, Participant>();
  const users = new Set<string>();
  const refused = new Set<string>();
  const uncoded = new Set<string>();
  let refusedLines = 0;
  let uncodedLines = 0;
  let visitorLines = 0;

  const sorted = [...input.requests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const request of sorted) {
    const created = request.created;
    const outcome = request.outcome;
    if (!created || !outcome || created.day < input.from || created.day > input.to) continue;
    if (!HANDED_OUT.has(outcome.type)) continue;
    for (const line of outcome.handedOut) {
      if (line.quantity <= 0) continue;
      const participant = created.participantId ? participants.get(created.participantId) : undefined;
      if (!participant) {
        visitorLines += 1;
        continue;
      }
      if (!hasHmisConsent(participant)) {
        refused.add(participant.id);
        refusedLines += 1;
        continue;
      }
      const item = items.get(line.itemId);
      const code = item?.hmisService;
      if (!code) {
        uncoded.add(item?.names.en ?? line.itemId);
        uncodedLines += 1;
        continue;
      }
      sentTo.set(participant.id, participant);
      if (outcome.actor) users.add(outcome.actor);
      rows.push(rowOf(input.exportId, created.day, participant.id, outcome, line, code));
    }
    // A hand-out that lost to an earlier answer from another device may have been sent by an
    // earlier export: send it again marked deleted (when the winner was recorded), under its own id.
    const participant = created.participantId ? participants.get(created.participantId) : undefined;
    if (!participant || !hasHmisConsent(participant)) continue;
    for (const lost of request.overridden) {
      for (const line of lost.handedOut) {
        const code = items.get(line.itemId)?.hmisService;
        if (line.quantity <= 0 || !code) continue;
        sentTo.set(participant.id, participant);
        if (lost.actor) users.add(lost.actor);
        const row = rowOf(input.exportId, created.day, participant.id, lost, line, code);
        rows.push({ ...row, DateDeleted: hmisStampTime(outcome.at) });
      }
    }
  }
  return {
    rows,
    participants: sentTo,
    users,
    leftOut: {
      withoutConsent: { participants: refused.size, lines: refusedLines },
      withoutCode: { items: [...uncoded].sort(), lines: uncodedLines },
      visitors: { lines: visitorLines },
    },
  };
}

/** The row of one item of one hand-out (an outcome), in the HUD columns. */
function rowOf(
  exportId: string,
  day: string,
  participantId: string,
  outcome: RequestOutcome,
  line: HandedOutItem,
  code: HmisServiceCode,
): ServicesRow {
  const when = hmisStampTime(outcome.at);
  return {
    ...EMPTY_ROW,
    ServicesID: servicesId(outcome.opId, line.itemId),
    EnrollmentID: enrollmentId(participantId),
    PersonalID: personalId(participantId),
    DateProvided: day,
    RecordType: String(code.recordType),
    TypeProvided: String(code.typeProvided),
    // HUD has no quantity column; custom-service imports read the count from FAAmount (ADR 0017).
    FAAmount: String(line.quantity),
    DateCreated: when,
    DateUpdated: when,
    UserID: outcome.actor ? userId(outcome.actor) : '',
    ExportID: exportId,
  };
}

const EMPTY_ROW = Object.fromEntries(SERVICES_COLUMNS.map((column) => [column, ''])) as ServicesRow;

function indexBy<T extends { readonly id: string }>(entries: readonly (T | null)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (entry) map.set(entry.id, entry);
  return map;
}
