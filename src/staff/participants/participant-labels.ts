/** Words for participant values: referral pathways, languages, card states, check-in ways, request outcomes. */
import type { ReferralPathway } from '../../core/ops/participants.js';
import type { DeclineReason } from '../../core/ops/requests.js';
import { LANGUAGES, type MessageKey } from '../../i18n/index.js';

/** In the order staff are asked to choose them: the community pathways, then diversion. */
export const REFERRAL_LABEL: Record<ReferralPathway, MessageKey> = {
  communityBusiness: 'participants.referral.communityBusiness',
  communityCouncilOffice: 'participants.referral.communityCouncilOffice',
  communityServiceProvider: 'participants.referral.communityServiceProvider',
  communityProgramStaff: 'participants.referral.communityProgramStaff',
  lawEnforcementDiversion: 'participants.referral.lawEnforcementDiversion',
};
export const REFERRALS = Object.keys(REFERRAL_LABEL) as ReferralPathway[];

/** The languages a participant may prefer: the app's own, each in its own name. */
export const LANGUAGE_CHOICES: readonly { readonly code: string; readonly label: string }[] = LANGUAGES.map(
  ({ code, name }) => ({ code, label: name }),
);

/** A language code in words; a code from elsewhere is shown as it is. */
export function languageName(code: string | null): string | null {
  if (!code) return null;
  return LANGUAGE_CHOICES.find((choice) => choice.code === code)?.label ?? code;
}

export const PRONOUN_SUGGESTIONS = ['she/her', 'he/him', 'they/them'] as const;

export const CARD_REVOKED_REASON: Readonly<Record<string, MessageKey>> = {
  lost: 'participants.cards.reason.lost',
  reissued: 'participants.cards.reason.reissued',
  other: 'participants.cards.reason.other',
};

export const CHECK_IN_METHOD: Record<'card' | 'name' | 'staff', MessageKey> = {
  card: 'participants.visits.card',
  name: 'participants.visits.name',
  staff: 'participants.visits.staff',
};

export const OUTCOME_LABEL: Record<
  'pending' | 'unknown' | 'fulfilled' | 'partlyFulfilled' | 'declined' | 'cancelled',
  MessageKey
> = {
  pending: 'participants.outcome.pending',
  unknown: 'participants.outcome.unknown',
  fulfilled: 'participants.outcome.fulfilled',
  partlyFulfilled: 'participants.outcome.partlyFulfilled',
  declined: 'participants.outcome.declined',
  cancelled: 'participants.outcome.cancelled',
};

export const DECLINE_REASON: Record<DeclineReason, MessageKey> = {
  outOfStock: 'participants.decline.outOfStock',
  limitReached: 'participants.decline.limitReached',
  other: 'participants.decline.other',
};

/** Preferred name and last name, as staff see it. */
export function fullName(participant: { preferredName: string; lastName: string | null }): string {
  return participant.lastName ? `${participant.preferredName} ${participant.lastName}` : participant.preferredName;
}

/** Preferred name and last initial ("José M."), as the duplicate warning shows it. */
export function nameWithInitial(participant: { preferredName: string; lastName: string | null }): string {
  const initial = participant.lastName ? Array.from(participant.lastName.trim())[0]?.toUpperCase() : undefined;
  return initial ? `${participant.preferredName} ${initial}.` : participant.preferredName;
}

/** Where the card sheet prints cards for these participants. */
export function printCardsHref(participantIds: readonly string[], reason: 'new' | 'reissued' | 'lost'): string {
  return `/staff/cards/print?participants=${participantIds.map(encodeURIComponent).join(',')}&reason=${reason}`;
}

/** A participant's profile address. */
export const profileHref = (participantId: string) => `/staff/participants/${encodeURIComponent(participantId)}`;
