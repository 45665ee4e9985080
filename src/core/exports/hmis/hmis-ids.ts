/**
 * issue 16 — HMIS: ids derived from our own ids, so the same hand-out gets the same ServicesID in
 * every export (an HMIS import then updates the row instead of adding a second one).
 */

const MASK = (1n << 64n) - 1n;
const FNV_PRIME = 0x100000001b3n;

/** 64-bit FNV-1a of the text's UTF-16 units, from a given offset basis. */
function fnv1a(text: string, basis: bigint): bigint {
  let hash = basis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash;
}

/**
 * A 32-hex-digit id (HMIS ids are at most 32 characters) from the parts: the same parts always
 * give the same id. Two FNV-1a hashes with different bases; not secret, only stable and spread.
 */
export function stableHmisId(...parts: readonly string[]): string {
  // The unit separator cannot appear in our ids, so ("ab","c") and ("a","bc") differ.
  const text = parts.join('\u001f');
  const high = fnv1a(text, 0xcbf29ce484222325n);
  const low = fnv1a(text, 0x84222325cbf29ce4n);
  return high.toString(16).padStart(16, '0') + low.toString(16).padStart(16, '0');
}

/** The Services row of one item of one hand-out (the winning outcome's op id). */
export function servicesId(outcomeOpId: string, itemId: string): string {
  return stableHmisId('service', outcomeOpId, itemId);
}

/** The participant's one enrolment in the drop-in project. */
export function enrollmentId(participantId: string): string {
  return stableHmisId('enrollment', participantId);
}

/** Our participant id when it fits HMIS's 32 characters, else a stable id made from it. */
export function personalId(participantId: string): string {
  return participantId.length <= 32 ? participantId : stableHmisId('client', participantId);
}

/** A staff member's id when it fits, else a stable id made from it. */
export function userId(staffId: string): string {
  return staffId.length <= 32 ? staffId : stableHmisId('user', staffId);
}
