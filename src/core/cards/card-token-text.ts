/**
 * A card token's text, apart from its hash: recognising what a scanner typed needs no SHA-256,
 * so a kiosk's welcome screen (which listens for scanners) loads no hashing code.
 */

export const CARD_TOKEN_PREFIX = 'LD1-';
export const CARD_TOKEN_PATTERN = /^LD1-[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * What a scanner or a camera read, as a canonical token, or null if it cannot be one of our cards.
 * Forgiving like a person typing: case, surrounding spaces, O for 0 and I/L for 1.
 */
export function normaliseCardToken(text: string): string | null {
  const upper = text.trim().toUpperCase();
  if (!upper.startsWith(CARD_TOKEN_PREFIX)) return null;
  const body = upper.slice(CARD_TOKEN_PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1');
  const token = CARD_TOKEN_PREFIX + body;
  return CARD_TOKEN_PATTERN.test(token) ? token : null;
}
