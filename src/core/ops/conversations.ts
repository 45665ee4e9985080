/**
 * Conversation ops: a case-manager topic someone asked for, talked through with staff. Each is
 * keyed by the topic request's `requestId`; the server stamps who started or ended it (`actor`).
 */
import { z } from '../schema.js';
import { Id, Note } from './ids.js';

/** A staff member sat down with the person: the conversation is now "talking with <actor>". */
export const ConversationStarted = z.object({ requestId: Id });
export type ConversationStarted = z.infer<typeof ConversationStarted>;

/** The conversation happened; an optional note for the team (never shown on a shared screen). */
export const ConversationFinished = z.object({ requestId: Id, note: Note.optional() });
export type ConversationFinished = z.infer<typeof ConversationFinished>;

/**
 * Why a conversation could not happen today. Neutral reasons that never blame the person:
 * their case manager is out, the team ran out of time, they had to leave, or something else.
 */
export const NotTodayReason = z.enum(['caseManagerAway', 'noTime', 'participantLeft', 'other']);
export type NotTodayReason = z.infer<typeof NotTodayReason>;

export const ConversationNotToday = z.object({ requestId: Id, reason: NotTodayReason, note: Note.optional() });
export type ConversationNotToday = z.infer<typeof ConversationNotToday>;
