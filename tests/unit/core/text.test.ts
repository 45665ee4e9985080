import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanNote, cutText, lineText, noteText, secretText, textLength } from '../../../src/core/text.js';

const RUNS = { numRuns: 500 };

// Characters that make text go wrong, mixed with ordinary and astral ones.
const TRICKY = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\uD83D',
  '\uDE00',
  '😀',
  '👩🏽‍🚒',
  'e\u0301',
  '\u0301',
  '\u1100\u1161',
  '\u0958',
  ' ',
  '\u00a0',
  '\ufeff',
  'a',
  'Ñ',
  'ß',
  '한',
  'Ա',
];
const trickyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 40,
});

const isNfc = (text: string) => text === text.normalize('NFC');
const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);
const isTrimmed = (text: string) => text === text.trim();

describe('lineText', () => {
  const name = lineText(20);

  it('accepts a name, trimmed and NFC-normalised', () => {
    expect(name.parse('  Jose\u0301 Ruiz ')).toBe('Jos\u00e9 Ruiz');
    expect(name.parse('Ana 👩🏽‍🚒')).toBe('Ana 👩🏽‍🚒');
  });

  it.each([
    ['NUL', 'Ana\u0000', 'must not contain control characters (such as tabs or NUL)'],
    ['a C1 control', 'Ana\u009b', 'must not contain control characters (such as tabs or NUL)'],
    ['a tab', 'Ana\tB', 'must not contain control characters (such as tabs or NUL)'],
    ['a line feed', 'Ana\nB', 'must be a single line (no line breaks)'],
    ['a line separator', 'Ana\u2028B', 'must be a single line (no line breaks)'],
    ['a lone high surrogate', 'Ana\uD83D', 'contains a broken character (a lone UTF-16 surrogate)'],
    ['a lone low surrogate', '\uDE00Ana', 'contains a broken character (a lone UTF-16 surrogate)'],
    ['only whitespace', ' \u00a0 ', 'cannot be empty'],
    ['nothing', '', 'cannot be empty'],
    ['21 characters', 'a'.repeat(21), 'must be at most 20 characters'],
  ])('refuses %s with a message a person can act on', (_what, text, message) => {
    const result = name.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('counts characters, not UTF-16 units: 20 emoji fit in 20', () => {
    expect(name.safeParse('😀'.repeat(20)).success).toBe(true);
    expect(name.safeParse('😀'.repeat(21)).success).toBe(false);
  });

  it('uses the caller’s wording where given', () => {
    const displayName = lineText(5, { empty: 'Enter a name.', tooLong: 'Use at most 5 characters.' });
    expect(displayName.safeParse(' ').error?.issues[0]?.message).toBe('Enter a name.');
    expect(displayName.safeParse('abcdef').error?.issues[0]?.message).toBe('Use at most 5 characters.');
  });

  it('always gives NFC, well-formed, trimmed, control-free text within its length, or refuses', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const result = name.safeParse(text);
        if (!result.success) return;
        const value = result.data;
        expect(isNfc(value) && isWellFormed(value) && isTrimmed(value)).toBe(true);
        expect(value).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        expect(textLength(value)).toBeGreaterThan(0);
        expect(textLength(value)).toBeLessThanOrEqual(20);
      }),
      RUNS,
    );
  });
});

describe('noteText', () => {
  const note = noteText(30);

  it('keeps line breaks, with every line ending made \\n', () => {
    expect(note.parse('Box was wet.\r\nTwo\rthrown\u2028away.')).toBe('Box was wet.\nTwo\nthrown\naway.');
  });

  it('refuses other control characters, tabs included', () => {
    expect(note.safeParse('a\tb').success).toBe(false);
    expect(note.safeParse('a\u0000b').success).toBe(false);
  });

  it('always gives NFC, well-formed, trimmed text whose only control is \\n, or refuses', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const result = note.safeParse(text);
        if (!result.success) return;
        const value = result.data;
        expect(isNfc(value) && isWellFormed(value) && isTrimmed(value)).toBe(true);
        expect(value).not.toMatch(/[^\P{Cc}\n]|\r/u);
        expect(textLength(value)).toBeLessThanOrEqual(30);
      }),
      RUNS,
    );
  });
});

describe('secretText', () => {
  it('keeps a secret exactly as given, spaces and accents too, but refuses controls and broken characters', () => {
    const secret = secretText(50);
    expect(secret.parse(' correct horse Jose\u0301 ')).toBe(' correct horse Jose\u0301 ');
    expect(secret.safeParse('pass\u0000word').success).toBe(false);
    expect(secret.safeParse('pass\nword').success).toBe(false);
    expect(secret.safeParse('pass\uD83Dword').success).toBe(false);
  });
});

describe('cleaning typed text', () => {
  it('turns tabs and line breaks in a line into spaces and drops other controls and broken characters', () => {
    expect(cleanLine(' Ana\tMaría\nRuiz\u0000\uD83D ')).toBe('Ana María Ruiz');
    expect(cleanLine('Jose\u0301')).toBe('Jos\u00e9');
  });

  it('keeps the line breaks of a note', () => {
    expect(cleanNote(' two\r\nlines\tand a tab ')).toBe('two\nlines and a tab');
  });

  it('cuts by characters without splitting an emoji or a letter from its accent', () => {
    expect(cutText('Ana😀😀', 4)).toBe('Ana😀');
    expect(cutText('ab👩🏽‍🚒', 4)).toBe('ab');
    expect(cutText('abc\u1100\u1161', 4)).toBe('abc');
    expect(cutText('Ana Maria', 4)).toBe('Ana');
    // What the kiosk did before: slice(0, 60) by UTF-16 units could leave half an emoji.
    expect(lineText(60).safeParse(cleanLine(`${'a'.repeat(59)}😀`, 60)).success).toBe(true);
  });

  it('always gives a line the schema accepts unchanged, or nothing', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 1, max: 25 }), (text, max) => {
        const clean = cleanLine(text, max);
        if (clean === '') return;
        expect(lineText(max).safeParse(clean)).toEqual({ success: true, data: clean });
      }),
      RUNS,
    );
  });

  it('always gives a note the schema accepts unchanged, or nothing', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 1, max: 25 }), (text, max) => {
        const clean = cleanNote(text, max);
        if (clean === '') return;
        expect(noteText(max).safeParse(clean)).toEqual({ success: true, data: clean });
      }),
      RUNS,
    );
  });
});
