import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CARD_TOKEN_PATTERN,
  cardTokenFromBytes,
  hashCardToken,
  normaliseCardToken,
} from '../../../src/core/cards/card-token.js';

const random = () => crypto.getRandomValues(new Uint8Array(16));

describe('the member card payload', () => {
  it('is LD1- and 26 Crockford base32 characters, all 128 random bits of it', () => {
    expect(cardTokenFromBytes(new Uint8Array(16))).toBe(`LD1-${'0'.repeat(26)}`);
    expect(cardTokenFromBytes(new Uint8Array(16).fill(255))).toBe(`LD1-${'Z'.repeat(25)}W`);
    const tokens = Array.from({ length: 2000 }, () => cardTokenFromBytes(random()));
    for (const token of tokens) expect(token).toMatch(CARD_TOKEN_PATTERN);
    expect(new Set(tokens).size).toBe(tokens.length);
    // Every symbol appears: the randomness is spread over the whole alphabet.
    expect(new Set(tokens.flatMap((token) => [...token.slice(4, 29)])).size).toBe(32);
    // Flipping any one input bit changes the token: no bit is dropped.
    const base = new Uint8Array(16);
    const variants = new Set<string>();
    for (let bit = 0; bit < 128; bit += 1) {
      const bytes = base.slice();
      bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      variants.add(cardTokenFromBytes(bytes));
    }
    expect(variants.size).toBe(128);
  });

  it('refuses too little randomness', () => {
    expect(() => cardTokenFromBytes(new Uint8Array(15))).toThrow(/16 random bytes/);
  });

  it('reads back what a scanner or a person typed, forgivingly, and nothing else', () => {
    const token = cardTokenFromBytes(random());
    expect(normaliseCardToken(` ${token.toLowerCase()}\n`)).toBe(token);
    expect(normaliseCardToken(`LD1-0O1IL${'0'.repeat(21)}`)).toBe(`LD1-00111${'0'.repeat(21)}`);
    expect(normaliseCardToken('LD2-00000000000000000000000000')).toBeNull();
    expect(normaliseCardToken('LD1-000')).toBeNull();
    expect(normaliseCardToken('https://example.org')).toBeNull();
  });

  it('is kept as its SHA-256, the same in the browser code and in Node', () => {
    const token = cardTokenFromBytes(random());
    expect(hashCardToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
  });
});
