/**
 * Pointing out a possible duplicate before enrolling someone again: the same name and birth date,
 * or a name close enough to be the same person spelled another way. A hint for staff, never a block.
 */
import { normaliseForSearch } from '../fold/directory.js';

export interface NameAndBirthDate {
  readonly preferredName: string;
  readonly lastName: string | null;
  readonly aliases: readonly string[];
  readonly birthDate: string | null;
}

export interface PossibleDuplicate<P> {
  readonly participant: P;
  readonly reason: 'sameNameAndBirthDate' | 'similarName';
}

/** Participants that may be the person in `draft`, the surest matches first. */
export function possibleDuplicates<P extends NameAndBirthDate>(
  draft: NameAndBirthDate,
  participants: readonly P[],
): PossibleDuplicate<P>[] {
  const exact: PossibleDuplicate<P>[] = [];
  const similar: PossibleDuplicate<P>[] = [];
  for (const participant of participants) {
    if (isSameNameAndBirthDate(draft, participant)) exact.push({ participant, reason: 'sameNameAndBirthDate' });
    else if (isSimilarName(draft, participant)) similar.push({ participant, reason: 'similarName' });
  }
  return [...exact, ...similar];
}

function isSameNameAndBirthDate(a: NameAndBirthDate, b: NameAndBirthDate): boolean {
  return (
    a.birthDate !== null &&
    a.birthDate === b.birthDate &&
    normaliseForSearch(a.preferredName) === normaliseForSearch(b.preferredName) &&
    normaliseForSearch(a.lastName ?? '') === normaliseForSearch(b.lastName ?? '')
  );
}

/** One of the first names (or aliases) nearly matches, and the last names do not disagree. */
function isSimilarName(a: NameAndBirthDate, b: NameAndBirthDate): boolean {
  const lastA = normaliseForSearch(a.lastName ?? '');
  const lastB = normaliseForSearch(b.lastName ?? '');
  if (lastA && lastB && lastA[0] !== lastB[0]) return false;
  const namesA = [a.preferredName, ...a.aliases].map(normaliseForSearch);
  const namesB = [b.preferredName, ...b.aliases].map(normaliseForSearch);
  return namesA.some((x) => namesB.some((y) => nearlyEqual(x, y)));
}

/** Equal, or one typo apart (insert, delete, replace) for names of four letters or more. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
