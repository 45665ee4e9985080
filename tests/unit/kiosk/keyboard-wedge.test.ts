import { describe, expect, it } from 'vitest';
import { cardTokenFromBytes } from '../../../src/core/cards/card-token.js';
import { KeyboardWedge } from '../../../src/kiosk/scanner/keyboard-wedge.js';

const token = cardTokenFromBytes(new Uint8Array(16).map((_, index) => index * 17));

function type(wedge: KeyboardWedge, text: string, start: number, gapMs: number): (string | null)[] {
  return [...text, 'Enter'].map((key, index) => wedge.feed(key, start + index * gapMs));
}

describe('barcode scanner typing as a keyboard', () => {
  it('reads a card payload typed in a fast burst ending with Enter', () => {
    const results = type(new KeyboardWedge(), token, 1000, 8);
    expect(results.at(-1)).toBe(token);
    expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
  });

  it('accepts a scanner that sends lower case', () => {
    expect(type(new KeyboardWedge(), token.toLowerCase(), 1000, 5).at(-1)).toBe(token);
  });

  it('ignores a person typing the same characters slowly', () => {
    expect(type(new KeyboardWedge(), token, 1000, 180).at(-1)).toBeNull();
  });

  it('ignores fast text that is not one of our cards, and keys typed before the burst', () => {
    const wedge = new KeyboardWedge();
    expect(type(wedge, 'HELLO-WORLD', 0, 5).at(-1)).toBeNull();
    wedge.feed('x', 10_000);
    expect(type(wedge, token, 10_500, 5).at(-1)).toBe(token);
  });
});
