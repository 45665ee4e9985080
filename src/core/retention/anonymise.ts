/**
 * The retention rule (issue 20, ADR 0023): on visit and request details of center days before a
 * cut-off, every link to a person is replaced. The server and every device run this same pure
 * rule on what they hold, so all of them end up holding the same anonymised ops and views.
 */
import { centerDay } from '../day.js';
import type { ConversationView, RequestOutcome, RequestView, SettingsView, View, VisitView } from '../fold/views.js';
import type { Op, OpType } from '../ops/op.js';
import { DEFAULT_RETENTION_YEARS } from '../ops/retention.js';

/**
 * What a participant's id becomes on an anonymised visit or request: one marker for everyone, so
 * no two anonymised records can be told to be the same person's. No device makes this id (ids
 * are 128 random bits), so it never names an enrolled participant.
 */
export const ANONYMOUS_PARTICIPANT_ID = 'anonymised';

/** A participant's visit that still says whose it is (not anonymised). */
export function isLinkedParticipantVisit(
  visit: VisitView,
): visit is VisitView & { readonly who: 'participant'; readonly participantId: string } {
  return visit.who === 'participant' && visit.participantId !== ANONYMOUS_PARTICIPANT_ID;
}

/** The op types that can carry a link to a person: ids, a visitor's first name, or a staff note. */
export const LINKED_OP_TYPES: readonly OpType[] = [
  'visit.checkedIn',
  'request.created',
  'request.declined',
  'request.cancelled',
  'conversation.finished',
  'conversation.notToday',
  'overdose.reversalReported',
];

/** The view kinds that can carry such a link (the views of the ops above). */
export const LINKED_VIEW_KINDS: readonly View['kind'][] = ['visit', 'request', 'conversation'];

/** The center day of a clock stamp (its wall time, at the center). */
function dayOfStamp(stamp: string): string {
  return centerDay(new Date(Number(stamp.slice(0, 13))));
}

/**
 * The center day the rule judges an op by: the day it names (a visit, a request, a reversal
 * report), else the day of its own stamp (an answer, a note). Null for ops that link no one.
 * It reads the op alone, so every holder of the op decides the same.
 */
export function linkedDayOfOp(op: Op): string | null {
  switch (op.type) {
    case 'visit.checkedIn':
    case 'request.created':
    case 'overdose.reversalReported':
      return op.payload.day;
    case 'request.declined':
    case 'request.cancelled':
    case 'conversation.finished':
    case 'conversation.notToday':
      return dayOfStamp(op.at);
    default:
      return null;
  }
}

/** A payload without its free-text note (staff may have written a name in it). */
function withoutNote<P extends { readonly note?: string | undefined }>(payload: P): P {
  const { note: _note, ...rest } = payload;
  return rest as P;
}

/**
 * The op with its links gone if its day is before `before`: the participant's id becomes the
 * marker (a reversal report becomes anonymous, as it is by default), a visitor's first name and
 * staff notes go. Everything counted (who came, what was asked, handed out, declined and why)
 * stays. Returns the same object when nothing changes, so a caller can tell.
 */
export function anonymiseOp(op: Op, before: string): Op {
  const day = linkedDayOfOp(op);
  if (day === null || day >= before) return op;
  switch (op.type) {
    case 'visit.checkedIn': {
      const payload = op.payload;
      if (payload.who === 'participant') {
        if (payload.participantId === ANONYMOUS_PARTICIPANT_ID) return op;
        return { ...op, payload: { ...payload, participantId: ANONYMOUS_PARTICIPANT_ID } };
      }
      return payload.name === null ? op : { ...op, payload: { ...payload, name: null } };
    }
    case 'request.created':
      if (op.payload.participantId === null || op.payload.participantId === ANONYMOUS_PARTICIPANT_ID) return op;
      return { ...op, payload: { ...op.payload, participantId: ANONYMOUS_PARTICIPANT_ID } };
    case 'overdose.reversalReported':
      return op.payload.participantId === null ? op : { ...op, payload: { ...op.payload, participantId: null } };
    case 'request.declined':
      return op.payload.note === undefined ? op : { ...op, payload: withoutNote(op.payload) };
    case 'request.cancelled':
      return op.payload.note === undefined ? op : { ...op, payload: withoutNote(op.payload) };
    case 'conversation.finished':
      return op.payload.note === undefined ? op : { ...op, payload: withoutNote(op.payload) };
    case 'conversation.notToday':
      return op.payload.note === undefined ? op : { ...op, payload: withoutNote(op.payload) };
    default:
      return op;
  }
}

function outcomeWithoutNote<O extends RequestOutcome | NonNullable<ConversationView['ended']>>(
  outcome: O,
  before: string,
): O {
  return outcome.note === null || dayOfStamp(outcome.at) >= before ? outcome : { ...outcome, note: null };
}

function anonymiseVisit(view: VisitView, before: string): VisitView {
  if (view.day >= before) return view;
  if (view.who === 'participant') {
    return view.participantId === ANONYMOUS_PARTICIPANT_ID
      ? view
      : { ...view, participantId: ANONYMOUS_PARTICIPANT_ID };
  }
  return view.name === null ? view : { ...view, name: null };
}

function anonymiseRequest(view: RequestView, before: string): RequestView {
  const { created } = view;
  const linked =
    created !== null &&
    created.day < before &&
    created.participantId !== null &&
    created.participantId !== ANONYMOUS_PARTICIPANT_ID;
  const outcome = view.outcome && outcomeWithoutNote(view.outcome, before);
  const overridden = view.overridden.map((lost) => outcomeWithoutNote(lost, before));
  const same =
    !linked && outcome === view.outcome && overridden.every((lost, index) => lost === view.overridden[index]);
  if (same) return view;
  return {
    ...view,
    created: linked ? { ...created, participantId: ANONYMOUS_PARTICIPANT_ID } : created,
    outcome,
    overridden,
  };
}

/**
 * The view with its links gone, by the same rule as `anonymiseOp`: what folding the anonymised
 * ops would have made. Returns the same object when nothing changes.
 */
export function anonymiseView(view: View, before: string): View {
  switch (view.kind) {
    case 'visit':
      return anonymiseVisit(view, before);
    case 'request':
      return anonymiseRequest(view, before);
    case 'conversation': {
      const ended = view.ended && outcomeWithoutNote(view.ended, before);
      return ended === view.ended ? view : { ...view, ended };
    }
    default:
      return view;
  }
}

/** How many years links are kept: the admins' setting, else the default. */
export function retentionYearsOf(settings: SettingsView | undefined): number {
  return settings?.retention?.value.years ?? DEFAULT_RETENTION_YEARS;
}

/**
 * The first center day whose links are kept at `now`: today, `years` years back. (29 February
 * goes to 1 March in a year without one.)
 */
export function retentionCutoff(now: Date, years: number): string {
  const [year, month, day] = centerDay(now).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year - years, month - 1, day)).toISOString().slice(0, 10);
}

/** The view an op's links live in, if any (a reversal report has none: reports read the op). */
export function linkedViewKeyOf(op: Op): string | null {
  switch (op.type) {
    case 'visit.checkedIn':
      return `visit:${op.payload.visitId}`;
    case 'request.created':
    case 'request.declined':
    case 'request.cancelled':
      return `request:${op.payload.requestId}`;
    case 'conversation.finished':
    case 'conversation.notToday':
      return `conversation:${op.payload.requestId}`;
    default:
      return null;
  }
}
