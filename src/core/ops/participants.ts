/**
 * Participant and card ops. The profile holds only what the program needs: names, pronouns,
 * language, an optional birth date (for the kiosk's confirmation step), the referral pathway and
 * consent. Nothing about drug use, sex work or charges. A card op carries a hash, never the token.
 */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { Day, Id, IsoDateTime, Note } from './ids.js';

const Name = lineText(60);

export const ReferralPathway = z.enum([
  'communityBusiness',
  'communityCouncilOffice',
  'communityServiceProvider',
  'communityProgramStaff',
  'lawEnforcementDiversion',
]);
export type ReferralPathway = z.infer<typeof ReferralPathway>;

/** Fields of a profile; each is last-writer-wins on its own. */
export const ProfileFields = z.object({
  preferredName: Name,
  lastName: Name.nullable(),
  aliases: z.array(Name).max(10),
  pronouns: lineText(40).nullable(),
  language: lineText(40).nullable(),
  birthDate: Day.nullable(),
  referral: ReferralPathway,
  /** Ask for birth day and month at the kiosk before checking in by name. */
  kioskConfirmation: z.boolean(),
  /**
   * The staff member (id) who is this person's case manager, or null for none. Optional so that
   * profiles enrolled before it existed stay valid; their topic requests show first to this person.
   */
  caseManager: Id.nullable().optional(),
  /**
   * issue 16: the person agreed that their name, birth date and services go to the county's HMIS.
   * Optional so older profiles stay valid; absent means no (they are left out of the HMIS export).
   */
  hmisConsent: z.boolean().optional(),
});
export type ProfileFields = z.infer<typeof ProfileFields>;
export type ProfileField = keyof ProfileFields;

export const Consent = z.object({
  agreed: z.literal(true, 'consent must be given to enroll'),
  /** When the person agreed (ISO date-time). */
  at: IsoDateTime,
  /** The staff member who recorded it. */
  recordedBy: Id,
  /** Version of the consent text that was shown. */
  textVersion: lineText(40),
});
export type Consent = z.infer<typeof Consent>;

export const ParticipantEnrolled = z.object({ participantId: Id, profile: ProfileFields, consent: Consent });
export type ParticipantEnrolled = z.infer<typeof ParticipantEnrolled>;

export const ParticipantUpdated = z.object({
  participantId: Id,
  changes: ProfileFields.partial().refine((changes) => Object.keys(changes).length > 0, 'changes nothing'),
});
export type ParticipantUpdated = z.infer<typeof ParticipantUpdated>;

/** Participation is voluntary and can stop and resume; the latest of these (by clock) holds. */
export const ParticipantActiveChanged = z.object({ participantId: Id, note: Note.optional() });
export type ParticipantActiveChanged = z.infer<typeof ParticipantActiveChanged>;

export const ParticipantViewed = z.object({ participantId: Id });
export type ParticipantViewed = z.infer<typeof ParticipantViewed>;

/** SHA-256 of the card token, lowercase hex. */
export const TokenHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in hex')
  .max(64);

export const CardIssued = z.object({ cardId: Id, participantId: Id, tokenHash: TokenHash });
export type CardIssued = z.infer<typeof CardIssued>;

/** A revoked card stays revoked, whatever order ops arrive in. */
export const CardRevoked = z.object({
  cardId: Id,
  participantId: Id,
  reason: z.enum(['lost', 'reissued', 'other']),
});
export type CardRevoked = z.infer<typeof CardRevoked>;
