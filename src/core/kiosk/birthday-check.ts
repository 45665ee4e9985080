/**
 * The kiosk's "what is your birthday?" check. The kiosk never holds a birth date: its directory
 * keeps a hash of the participant id with the birth month and day, and compares the answer's hash.
 * With 366 possible answers this keeps birthdays off screens and casual inspection; it is not
 * meant to resist someone who already holds the tablet's storage.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

function checkOf(participantId: string, month: number, day: number): string {
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return bytesToHex(sha256(utf8ToBytes(`lead-birthday:${participantId}:${monthDay}`)));
}

/** The check for a birth date `YYYY-MM-DD`. */
export function birthdayCheckOf(participantId: string, birthDate: string): string {
  return checkOf(participantId, Number(birthDate.slice(5, 7)), Number(birthDate.slice(8, 10)));
}

/** Whether the month (1–12) and day (1–31) someone chose match the stored check. */
export function birthdayMatches(
  entry: { readonly participantId: string; readonly birthdayCheck: string | null },
  month: number,
  day: number,
): boolean {
  return entry.birthdayCheck !== null && checkOf(entry.participantId, month, day) === entry.birthdayCheck;
}

/** Days a month can have (February has 29, for birthdays on leap days). */
export function daysInMonth(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}
