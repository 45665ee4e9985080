/**
 * The participant-level export (admins only, recorded in the audit log): each participant who
 * visited in the range, their visit count and what they were handed through requests. Exact,
 * not suppressed: that is why it is an admin's deliberate download and never part of a report.
 */
import { currentParticipant } from '../fold/selectors.js';
import type { ParticipantView } from '../fold/views.js';
import { viewKey } from '../fold/views.js';
import type { Op } from '../ops/op.js';
import { ANONYMOUS_PARTICIPANT_ID, isLinkedParticipantVisit } from '../retention/anonymise.js';
import { itemLabel, reportHistory } from './history.js';
import { type DayRange, dayOfStamp, inRange } from './range.js';

export interface ParticipantLine {
  readonly participantId: string;
  readonly preferredName: string;
  readonly lastName: string;
  readonly visits: number;
  /** "Warm meal × 2; Hygiene kit × 1", by item name. */
  readonly items: string;
}

/** One line per participant who visited in the range, by name then id. */
export function participantLines(ops: Iterable<Op>, range: DayRange): ParticipantLine[] {
  const history = reportHistory(ops);
  const visits = new Map<string, number>();
  for (const view of history.views.values()) {
    // An anonymised visit (ADR 0023) is nobody's line: the export lists people, not markers.
    if (view.kind === 'visit' && isLinkedParticipantVisit(view) && inRange(view.day, range)) {
      visits.set(view.participantId, (visits.get(view.participantId) ?? 0) + 1);
    }
  }
  const items = new Map<string, Map<string, number>>();
  for (const request of history.requests) {
    const who = request.created.participantId;
    if (!who || who === ANONYMOUS_PARTICIPANT_ID || !request.outcome) continue;
    if (!inRange(dayOfStamp(request.outcome.at), range)) continue;
    const mine = items.get(who) ?? new Map<string, number>();
    for (const line of request.outcome.handedOut) mine.set(line.itemId, (mine.get(line.itemId) ?? 0) + line.quantity);
    items.set(who, mine);
  }
  return [...visits]
    .map(([participantId, count]) => {
      const view = history.views.get(viewKey('participant', participantId)) as ParticipantView | undefined;
      const person = view ? currentParticipant(view) : null;
      const handed = [...(items.get(participantId) ?? new Map<string, number>())]
        .map(([itemId, quantity]) => `${itemLabel(history, itemId)} × ${quantity}`)
        .sort((a, b) => a.localeCompare(b, 'en'));
      return {
        participantId,
        preferredName: person?.preferredName ?? '',
        lastName: person?.lastName ?? '',
        visits: count,
        items: handed.join('; '),
      };
    })
    .sort(
      (a, b) =>
        a.preferredName.localeCompare(b.preferredName, 'en') ||
        a.lastName.localeCompare(b.lastName, 'en') ||
        (a.participantId < b.participantId ? -1 : 1),
    );
}

/** The export's rows, header first. */
export function participantTable(lines: readonly ParticipantLine[]): string[][] {
  return [
    ['participant id', 'preferred name', 'last name', 'visits', 'items handed out'],
    ...lines.map((line) => [line.participantId, line.preferredName, line.lastName, String(line.visits), line.items]),
  ];
}
