/**
 * Text in the shared schemas: one line (names, units, codes) or a note, with no control or broken
 * characters, NFC, trimmed and bounded; and the cleaning that makes typed text acceptable to them.
 */
import { z } from './schema.js';

// C0 and C1 controls and DEL (\p{Cc}, tab included), plus the Unicode line and paragraph separators.
const LINE_CONTROL = /[\p{Cc}\u2028\u2029]/u;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;
// In a note a line feed is the one control allowed (line endings are made \n first).
const NOTE_CONTROL = /[^\P{Cc}\n]/u;
// With the u flag a surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;
const NOTE_LINE_ENDINGS = /\r\n?|[\u0085\u2028\u2029]/g;

const TEXT_MESSAGES = {
  empty: 'cannot be empty',
  control: 'must not contain control characters (such as tabs or NUL)',
  lineBreak: 'must be a single line (no line breaks)',
  loneSurrogate: 'contains a broken character (a lone UTF-16 surrogate)',
  tooLong: (max: number) => `must be at most ${max} characters`,
} as const;

export interface TextMessages {
  /** Shown when nothing is left after trimming. */
  readonly empty?: string;
  readonly tooLong?: string;
}

/**
 * Characters as people count them and as JSON Schema's maxLength counts them (code points), so
 * an emoji is one, not two UTF-16 units.
 */
export function textLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** One line of text: a name, a unit, a code. Never empty; send null (or leave it out) for "none". */
export function lineText(max: number, messages: TextMessages = {}) {
  return bounded(
    z.string().check((context) => {
      if (LINE_BREAK.test(context.value)) refuse(context, TEXT_MESSAGES.lineBreak);
      else if (LINE_CONTROL.test(context.value)) refuse(context, TEXT_MESSAGES.control);
      if (LONE_SURROGATE.test(context.value)) refuse(context, TEXT_MESSAGES.loneSurrogate);
    }),
    max,
    messages,
  );
}

/** A note: like one line, but line breaks are kept (every line ending becomes \n). */
export function noteText(max: number, messages: TextMessages = {}) {
  return bounded(
    z
      .string()
      .overwrite((value) => value.replace(NOTE_LINE_ENDINGS, '\n'))
      .check((context) => {
        if (NOTE_CONTROL.test(context.value)) refuse(context, TEXT_MESSAGES.control);
        if (LONE_SURROGATE.test(context.value)) refuse(context, TEXT_MESSAGES.loneSurrogate);
      }),
    max,
    messages,
  );
}

/**
 * A secret (PIN, password, token) exactly as given: no trimming or normalising (that would change
 * it), but no control or broken characters either.
 */
export function secretText(max: number) {
  return z
    .string()
    .check((context) => {
      if (LINE_CONTROL.test(context.value)) refuse(context, TEXT_MESSAGES.control);
      if (LONE_SURROGATE.test(context.value)) refuse(context, TEXT_MESSAGES.loneSurrogate);
    })
    .check(maxCharacters(max, TEXT_MESSAGES.tooLong(max)))
    .meta({ maxLength: max });
}

// NFC first (so "José" typed as e + combining accent is stored as the one character é), then
// trim, then count. maxLength is stated by hand: Zod's own max counts UTF-16 units.
function bounded(text: z.ZodString, max: number, messages: TextMessages) {
  return text
    .overwrite((value) => value.normalize('NFC'))
    .trim()
    .min(1, messages.empty ?? TEXT_MESSAGES.empty)
    .check(maxCharacters(max, messages.tooLong ?? TEXT_MESSAGES.tooLong(max)))
    .meta({ maxLength: max });
}

function maxCharacters(max: number, message: string) {
  return (context: z.core.ParsePayload<string>) => {
    if (textLength(context.value) <= max) return;
    context.issues.push({
      code: 'too_big',
      origin: 'string',
      maximum: max,
      inclusive: true,
      input: context.value,
      message,
    });
  };
}

function refuse(context: z.core.ParsePayload<string>, message: string): void {
  context.issues.push({ code: 'custom', input: context.value, message });
}

/**
 * Typed text made acceptable to `lineText`: tabs and line breaks become spaces, other controls and
 * broken characters are dropped, NFC, trimmed, and cut to `max` characters if given. '' when
 * nothing is left (the caller sends null or leaves the field out).
 */
export function cleanLine(typed: string, max?: number): string {
  return finish(withoutBrokenCharacters(typed).replace(/[\t\n\r\u0085\u2028\u2029]/g, ' '), max);
}

/** Typed text made acceptable to `noteText`: like `cleanLine`, but line breaks are kept as \n. */
export function cleanNote(typed: string, max?: number): string {
  return finish(withoutBrokenCharacters(typed).replace(NOTE_LINE_ENDINGS, '\n').replace(/\t/g, ' '), max);
}

function withoutBrokenCharacters(text: string): string {
  return text.replace(/\p{Cs}/gu, '');
}

function finish(text: string, max: number | undefined): string {
  const clean = text
    .replace(/[^\P{Cc}\t\n]/gu, '')
    .normalize('NFC')
    .trim();
  return max === undefined ? clean : cutText(clean, max);
}

/**
 * At most `max` characters, never splitting what a person sees as one character (an emoji with
 * its skin tone, a letter with its accent), trimmed again at the cut.
 */
export function cutText(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  let kept = '';
  let length = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = textLength(segment);
    if (length + size > max) break;
    kept += segment;
    length += size;
  }
  return kept.trimEnd();
}
