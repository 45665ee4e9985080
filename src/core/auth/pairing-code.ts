/**
 * Device pairing codes: 8 characters of Crockford base32 (no I, L, O, U), shown as XXXX-XXXX.
 * Typing is forgiving: case, spaces, dashes and look-alike letters are normalised.
 */

export const PAIRING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_CODE_LENGTH = 8;

/** Canonical form (8 characters, no dash) or null when it cannot be a pairing code. */
export function normalisePairingCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== PAIRING_CODE_LENGTH) return null;
  for (const char of cleaned) if (!PAIRING_ALPHABET.includes(char)) return null;
  return cleaned;
}

/** XXXX-XXXX, for reading aloud and typing. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code from random bytes (one byte per character; 256 is a multiple of 32, so no bias). */
export function pairingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < PAIRING_CODE_LENGTH) throw new Error(`need ${PAIRING_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i += 1) code += PAIRING_ALPHABET[(bytes[i] as number) % 32];
  return code;
}
