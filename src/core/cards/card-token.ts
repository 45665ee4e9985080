/**
 * The QR member card's payload: a version prefix and 128 random bits in Crockford base32, e.g.
 * `LD1-8Z3K...` (30 characters). Nothing personal is in it. Upper-case letters, digits and "-" are
 * all in QR's alphanumeric mode, so the code stays small (version 2) and easy to read when worn.
 * Devices and the server keep only its SHA-256 hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

import { CARD_TOKEN_PREFIX } from './card-token-text.js';

export { CARD_TOKEN_PATTERN, CARD_TOKEN_PREFIX, normaliseCardToken } from './card-token-text.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 128 bits in 5-bit characters. */
const RANDOM_CHARS = 26;
/** Bytes of randomness a token needs. */
export const CARD_TOKEN_BYTES = 16;

/** A token from 16 bytes of a cryptographic random source (the caller provides them). */
export function cardTokenFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CARD_TOKEN_BYTES) throw new Error(`a card token needs ${CARD_TOKEN_BYTES} random bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes.subarray(0, CARD_TOKEN_BYTES)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  // 128 = 25 × 5 + 3: the last 3 bits make the 26th character.
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return CARD_TOKEN_PREFIX + out.slice(0, RANDOM_CHARS);
}

/** SHA-256 of the canonical token, lowercase hex: what ops, views and the server keep. */
export function hashCardToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}
