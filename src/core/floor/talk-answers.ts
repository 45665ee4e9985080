/**
 * Staff answers to a conversation, as op drafts keyed by the topic request's id: start talking,
 * finish, or "not today" with a reason. Who did it is the op's actor, which the server checks.
 */
import type { NotTodayReason } from '../ops/conversations.js';
import type { OpDraft } from '../ops/op.js';
import { cleanNote } from '../text.js';

/** The `Note` schema's limit, in characters. */
const NOTE_MAX = 500;

export function startTalk(requestId: string): OpDraft {
  return { type: 'conversation.started', payload: { requestId } };
}

export function finishTalk(requestId: string, note = ''): OpDraft {
  const clean = cleanNote(note, NOTE_MAX);
  return { type: 'conversation.finished', payload: { requestId, ...(clean ? { note: clean } : {}) } };
}

export function notToday(requestId: string, reason: NotTodayReason, note = ''): OpDraft {
  const clean = cleanNote(note, NOTE_MAX);
  return { type: 'conversation.notToday', payload: { requestId, reason, ...(clean ? { note: clean } : {}) } };
}
