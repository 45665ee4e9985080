/**
 * What staff do to participants and their cards, as ops recorded on this device (offline too) by
 * the signed-in staff member. A new card revokes the participant's current one in the same
 * transaction, so there is never more than one working card.
 */

import type { PrintableCard } from '../../cards/print-queue.js';
import { CARD_TOKEN_BYTES, cardTokenFromBytes, hashCardToken } from '../../core/cards/card-token.js';
import type { ParticipantView } from '../../core/fold/views.js';
import type { OpDraft } from '../../core/ops/op.js';
import type { ProfileFields } from '../../core/ops/participants.js';
import { newRandomId } from '../../store/op-ids.js';
import { appOpStore } from '../../sync/app-sync.js';
import { type ActionResult, currentStaffId, recordAsStaff, SIGNED_OUT } from '../staff-actions.js';

export type { ActionResult } from '../staff-actions.js';

/**
 * Enrolls someone who agreed to take part; consent is recorded as given now, by the signed-in
 * staff member, with the version of the text read to them (`consentTextVersion`).
 */
export async function enrollParticipant(
  profile: ProfileFields,
  textVersion: string,
): Promise<ActionResult<{ participantId: string }>> {
  const actor = currentStaffId();
  if (!actor) return SIGNED_OUT;
  const participantId = newRandomId();
  const result = await recordAsStaff([
    {
      type: 'participant.enrolled',
      payload: {
        participantId,
        profile,
        consent: { agreed: true, at: new Date().toISOString(), recordedBy: actor, textVersion },
      },
    },
  ]);
  return result.ok ? { ok: true, value: { participantId } } : result;
}

/** Changes some profile fields (each field: the latest change wins across devices). */
export async function updateParticipant(
  participantId: string,
  changes: Partial<ProfileFields>,
): Promise<ActionResult<null>> {
  const result = await recordAsStaff([{ type: 'participant.updated', payload: { participantId, changes } }]);
  return result.ok ? { ok: true, value: null } : result;
}

/** Participation is voluntary: it can stop and resume at any time. */
export async function setParticipantActive(participantId: string, active: boolean): Promise<ActionResult<null>> {
  const type = active ? 'participant.reactivated' : 'participant.deactivated';
  const result = await recordAsStaff([{ type, payload: { participantId } }]);
  return result.ok ? { ok: true, value: null } : result;
}

/** Opening a profile is recorded for the audit log (synced like any change). */
export async function recordProfileView(participantId: string): Promise<void> {
  if (currentStaffId()) await recordAsStaff([{ type: 'participant.viewed', payload: { participantId } }]);
}

/**
 * New cards for these participants, in one transaction: each one's working card (if any) is
 * revoked (`reason`: `lost` when reported lost, else `reissued`), and a new token is made. The
 * tokens come back for printing and are kept nowhere else.
 */
export async function issueCards(
  participantIds: readonly string[],
  reason: 'lost' | 'reissued' = 'reissued',
): Promise<ActionResult<PrintableCard[]>> {
  if (!currentStaffId()) return SIGNED_OUT;
  const store = await appOpStore();
  const drafts: OpDraft[] = [];
  const cards: PrintableCard[] = [];
  for (const participantId of participantIds) {
    const view = (await store.view(`participant:${participantId}`)) as ParticipantView | undefined;
    if (!view?.enrolled) continue;
    for (const [cardId, card] of Object.entries(view.cards)) {
      if (card.issued && !card.revoked)
        drafts.push({ type: 'card.revoked', payload: { cardId, participantId, reason } });
    }
    const token = cardTokenFromBytes(crypto.getRandomValues(new Uint8Array(CARD_TOKEN_BYTES)));
    const cardId = newRandomId();
    drafts.push({ type: 'card.issued', payload: { cardId, participantId, tokenHash: hashCardToken(token) } });
    cards.push({
      participantId,
      cardId,
      token,
      preferredName: view.fields.preferredName?.value ?? '',
      language: view.fields.language?.value ?? '',
    });
  }
  if (drafts.length === 0) return { ok: true, value: [] };
  const result = await recordAsStaff(drafts);
  return result.ok ? { ok: true, value: cards } : result;
}
