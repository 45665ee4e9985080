/**
 * Unique names for the people, items and devices e2e tests make. Specs share a server per
 * worker and searches match the start of any name, so each test types names no other test uses.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Five random lowercase letters, e.g. "qmxte": shared by names that must match each other. */
export function uniqueSuffix(): string {
  let suffix = '';
  for (let i = 0; i < 5; i += 1) suffix += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return suffix;
}

/** `base` with five random lowercase letters after it, e.g. "Rosa" → "Rosaqmxte". */
export function uniqueName(base: string): string {
  return `${base}${uniqueSuffix()}`;
}

/** An item name only this test uses, e.g. "Rain poncho" → "Rain poncho qmxte". */
export function uniqueItemName(base: string): string {
  return `${base} ${uniqueSuffix()}`;
}

/** A device name only this test uses, e.g. "Lobby tablet" → "Lobby tablet qmxte". */
export function uniqueDeviceName(base = 'Lobby tablet'): string {
  return `${base} ${uniqueSuffix()}`;
}
