/**
 * Conversation fold. Like a request, a conversation only moves forward: waiting (no op yet),
 * talking (started), then done or not today. Each part keeps its earliest op by clock, then id,
 * so two staff members who start or end the same talk while apart converge on the same view.
 */
import { compareOps, type OpOf } from '../ops/op.js';
import { joinedSite, siteOf, withSite } from '../sites/site.js';
import { type ConversationEnd, type ConversationView, type Origin, originOf } from './views.js';

export type ConversationOp = OpOf<'conversation.started' | 'conversation.finished' | 'conversation.notToday'>;

export function emptyConversation(requestId: string): ConversationView {
  return { kind: 'conversation', id: requestId, started: null, ended: null };
}

const earlier = <T extends Origin>(current: T | null, next: T): T =>
  current && compareOps({ at: current.at, id: current.opId }, { at: next.at, id: next.opId }) <= 0 ? current : next;

/** The view after `op`; applying the same op twice changes nothing. */
export function applyConversationOp(current: ConversationView | undefined, op: ConversationOp): ConversationView {
  const view = withSite(current ?? emptyConversation(op.payload.requestId), joinedSite(current, siteOf(op)));
  if (op.type === 'conversation.started') return { ...view, started: earlier(view.started, originOf(op)) };
  const end: ConversationEnd =
    op.type === 'conversation.finished'
      ? { ...originOf(op), type: 'done', reason: null, note: op.payload.note ?? null }
      : { ...originOf(op), type: 'notToday', reason: op.payload.reason, note: op.payload.note ?? null };
  return { ...view, ended: earlier(view.ended, end) };
}

export type ConversationState = 'waiting' | 'talking' | 'done' | 'notToday';

/** Where a conversation stands: an end wins over a start whatever their clocks say. */
export function conversationState(view: ConversationView | undefined): ConversationState {
  if (view?.ended) return view.ended.type;
  return view?.started ? 'talking' : 'waiting';
}
