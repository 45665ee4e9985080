/**
 * Names for people that tests enrol. The kiosk finds a person only by a whole name and their
 * birthday, and specs share a server per worker, so each test types a name no other test uses.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `base` with five random lowercase letters after it, e.g. "Rosa" → "Rosaqmxte". */
export function uniqueName(base: string): string {
  let suffix = '';
  for (let i = 0; i < 5; i += 1) suffix += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return `${base}${suffix}`;
}
