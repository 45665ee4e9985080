/**
 * Participant fold: profile fields last-writer-wins each, active/inactive last-writer-wins, cards
 * issued once and revoked for good. Any order of the same ops gives the same view.
 */
import { compareOps, type OpOf } from '../ops/op.js';
import type { ProfileFields } from '../ops/participants.js';
import { writeRegister, writeRegisters } from './register.js';
import { type CardView, originOf, type ParticipantView } from './views.js';

export type ParticipantOp = OpOf<
  | 'participant.enrolled'
  | 'participant.updated'
  | 'participant.deactivated'
  | 'participant.reactivated'
  | 'card.issued'
  | 'card.revoked'
>;

export function emptyParticipant(id: string): ParticipantView {
  return { kind: 'participant', id, enrolled: null, fields: {}, active: null, cards: {} };
}

export function applyParticipantOp(current: ParticipantView | undefined, op: ParticipantOp): ParticipantView {
  const view = current ?? emptyParticipant(op.payload.participantId);
  switch (op.type) {
    case 'participant.enrolled': {
      // Enrolment writes every field and "active" at its own stamp, like an update would.
      const enrolled =
        view.enrolled && compareOps({ at: view.enrolled.at, id: view.enrolled.opId }, op) <= 0
          ? view.enrolled
          : { ...originOf(op), consent: op.payload.consent };
      return {
        ...view,
        enrolled,
        fields: writeRegisters<ProfileFields>(view.fields, op.payload.profile, op),
        active: writeRegister(view.active ?? undefined, true, op),
      };
    }
    case 'participant.updated':
      return { ...view, fields: writeRegisters<ProfileFields>(view.fields, op.payload.changes, op) };
    case 'participant.deactivated':
      return { ...view, active: writeRegister(view.active ?? undefined, false, op) };
    case 'participant.reactivated':
      return { ...view, active: writeRegister(view.active ?? undefined, true, op) };
    case 'card.issued':
    case 'card.revoked':
      return { ...view, cards: { ...view.cards, [op.payload.cardId]: applyCardOp(view.cards[op.payload.cardId], op) } };
  }
}

function applyCardOp(current: CardView | undefined, op: OpOf<'card.issued' | 'card.revoked'>): CardView {
  const card = current ?? { tokenHash: null, issued: null, revoked: null };
  if (op.type === 'card.issued') {
    if (card.issued && compareOps({ at: card.issued.at, id: card.issued.opId }, op) <= 0) return card;
    return { ...card, tokenHash: op.payload.tokenHash, issued: originOf(op) };
  }
  // The first revocation by clock is kept, so every device records the same one.
  if (card.revoked && compareOps({ at: card.revoked.at, id: card.revoked.opId }, op) <= 0) return card;
  return { ...card, revoked: { ...originOf(op), reason: op.payload.reason } };
}
