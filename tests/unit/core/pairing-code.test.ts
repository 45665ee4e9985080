import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPairingCode,
  normalisePairingCode,
  PAIRING_ALPHABET,
  pairingCodeFromBytes,
} from '../../../src/core/auth/pairing-code.js';

describe('pairing codes', () => {
  it('are 8 characters of an alphabet without I, L, O or U', () => {
    expect(PAIRING_ALPHABET).toHaveLength(32);
    expect(PAIRING_ALPHABET).not.toMatch(/[ILOU]/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        expect(pairingCodeFromBytes(bytes)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      }),
    );
  });

  it('survive formatting and sloppy typing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = pairingCodeFromBytes(bytes);
        const shown = formatPairingCode(code);
        expect(shown).toMatch(/^.{4}-.{4}$/);
        expect(normalisePairingCode(shown)).toBe(code);
        expect(normalisePairingCode(` ${shown.toLowerCase()} `)).toBe(code);
      }),
    );
  });

  it('read look-alike letters as the digits they resemble', () => {
    expect(normalisePairingCode('OIL0-ABCD')).toBe('0110ABCD');
  });

  it('reject anything else', () => {
    expect(normalisePairingCode('ABC')).toBeNull();
    expect(normalisePairingCode('ABCD-EFGU')).toBeNull();
    expect(normalisePairingCode('ABCD-EFGH-J')).toBeNull();
  });
});
