/**
 * The minimal participant directory a kiosk may hold: id, preferred first name, last initial,
 * search keys from the preferred name and aliases, birthday checks, active card hashes and the
 * preferred language.
 * Never a last name, a birth date or a profile: a stolen tablet must not list who is enrolled.
 */
import { birthdayCheckOf } from '../kiosk/birthday-check.js';
import { z } from '../schema.js';
import { normaliseForSearch } from '../search-text.js';
import type { ParticipantView } from './views.js';

export const DirectoryEntry = z
  .object({
    participantId: z.string(),
    firstName: z.string(),
    lastInitial: z.string().max(1),
    searchKeys: z.array(z.string()),
    active: z.boolean(),
    /**
     * SHA-256 of the participant id and birth "MM-DD", so a kiosk can check the answer without
     * holding the birthday itself; null when no birth date is recorded.
     */
    birthdayCheck: z.string().nullable(),
    cardHashes: z.array(z.string()),
    /**
     * The preferred language as staff recorded it (a code such as "es"), so the kiosk can speak
     * it. Optional: directories stored before it was sent still parse.
     */
    language: z.string().max(40).nullable().optional(),
  })
  .meta({ id: 'DirectoryEntry' });
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export { normaliseForSearch };

/** Every word of every name, normalised and de-duplicated, sorted. */
export function searchKeysOf(names: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const word of normaliseForSearch(name).split(/[^\p{L}\p{N}]+/u)) if (word) keys.add(word);
  }
  return [...keys].sort();
}

/** The kiosk's entry for a participant, or null until the enrolment has arrived. */
export function directoryEntryOf(view: ParticipantView): DirectoryEntry | null {
  const preferredName = view.fields.preferredName?.value;
  if (!view.enrolled || !preferredName) return null;
  const lastName = view.fields.lastName?.value ?? null;
  const aliases = view.fields.aliases?.value ?? [];
  const birthDate = view.fields.birthDate?.value ?? null;
  return {
    participantId: view.id,
    firstName: preferredName,
    lastInitial: lastName ? (Array.from(lastName.trim())[0]?.toUpperCase() ?? '') : '',
    // Never the last name: the initial is all the kiosk shows, so it is all the kiosk holds.
    searchKeys: searchKeysOf([preferredName, ...aliases]),
    active: view.active?.value ?? true,
    birthdayCheck: birthDate ? birthdayCheckOf(view.id, birthDate) : null,
    cardHashes: Object.values(view.cards)
      .filter((card) => card.tokenHash !== null && card.issued !== null && card.revoked === null)
      .map((card) => card.tokenHash as string)
      .sort(),
    language: view.fields.language?.value || null,
  };
}
