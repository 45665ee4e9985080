/**
 * Malformed bodies for one operation, generated from a valid body its schema describes: wrong
 * types, missing and extra fields, huge strings and arrays, deep nesting, broken text (NUL, lone
 * surrogates, controls), invalid JSON and UTF-8, wrong content types and oversized bodies.
 * Every case is one the server must refuse: checked against the document where that can be.
 */
import fc from 'fast-check';
import { isObject, type JsonPath, pathsIn, valueAt, withoutValueAt, withValueAt } from './json-paths.js';
import type { FuzzOperation } from './operations.js';

/** A text that must never come back in an answer (answers never repeat what was sent). */
export const MARKER = 'Fz9Mark';

export interface BodyCase {
  readonly family: string;
  readonly body: string | Uint8Array<ArrayBuffer>;
  /** undefined: no Content-Type header at all. */
  readonly contentType: string | undefined;
}

const JSON_TYPE = 'application/json';
const junkValue = fc.constantFrom<unknown>(
  0,
  -1,
  1.5,
  1e308,
  -0,
  true,
  false,
  null,
  [],
  {},
  '',
  MARKER,
  [MARKER],
  { [MARKER]: 1 },
  'null',
  '0',
  ['a', 1],
);
const junkText = fc.constantFrom(
  '',
  ' ',
  '\u3000',
  `${MARKER} !`,
  'ADMIN',
  'Ω≈ç√∫',
  '😀'.repeat(3),
  '<script>x</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '-1',
  '0000-00-00',
  'A'.repeat(65),
);
/**
 * What clean text refuses in every field (ADR 0007): NUL, lone surrogates, tab, DEL, ESC and a C1
 * control. Not line breaks (\r, U+0085, U+2028): a note keeps them, as \n.
 */
const brokenCharacter = fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\t', '\u007F', '\u001B', '\u009B', '\u0007');
const INVALID_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":1}x',
  '[1,2',
  'nul',
  '{"a":"\\x"}',
  '{"a":"\\u12"}',
  '/*c*/{}',
  '{"a":1}{"b":2}',
  '{"__proto__":{"admin":true}}',
  `"${MARKER}`,
  ',',
  '{]',
  '\u0000',
];
const WRONG_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/jsonp',
  'json',
  'image/png',
  'application/x-json-stream',
];
/** Bytes that are not UTF-8: a lone continuation byte, an overlong NUL, an encoded lone surrogate. */
const BAD_BYTES = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]];

function json(value: unknown): BodyCase['body'] {
  return JSON.stringify(value);
}

/** Cases for an operation that takes no body: only what is refused before any handler runs. */
export function noBodyCases(operation: FuzzOperation): fc.Arbitrary<BodyCase> {
  return fc.oneof(
    fc.constantFrom(...INVALID_JSON).map((body) => ({ family: 'invalid JSON', body, contentType: JSON_TYPE })),
    fc.constant({ family: 'empty JSON body', body: '', contentType: JSON_TYPE }),
    fc.constantFrom(...WRONG_TYPES).map((contentType) => ({ family: 'wrong content type', body: '{}', contentType })),
    fc.constant({ family: 'no content type', body: new TextEncoder().encode('{}'), contentType: undefined }),
    oversized(operation, {}),
  );
}

export function bodyCases(operation: FuzzOperation, valid: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  const refused = (family: string, value: unknown): BodyCase => {
    // A mutation that happens to stay valid (an optional field removed) is broken at the root instead.
    const broken = operation.bodyAllowed(value) ? [value] : value;
    return { family, body: json(broken), contentType: JSON_TYPE };
  };
  const at = <T>(extra: fc.Arbitrary<T>) =>
    fc.tuple(valid, fc.nat(), extra).map(([value, i, more]) => {
      const paths = pathsIn(value);
      return { value, path: paths[i % paths.length] as JsonPath, more };
    });
  const atString = <T>(extra: fc.Arbitrary<T>) =>
    fc.tuple(valid, fc.nat(), extra).map(([value, i, more]) => {
      const paths = pathsIn(value).filter((p) => typeof valueAt(value, p) === 'string');
      return { value, path: paths.length > 0 ? (paths[i % paths.length] as JsonPath) : undefined, more };
    });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: at(junkValue).map(({ value, path, more }) => refused('wrong type', withValueAt(value, path, more))),
    },
    {
      weight: 2,
      arbitrary: at(fc.constant(0)).map(({ value, path }) =>
        refused('missing field', path.length === 0 ? undefined : withoutValueAt(value, path)),
      ),
    },
    {
      weight: 2,
      arbitrary: at(
        fc.tuple(fc.dictionary(fc.string({ maxLength: 30 }), junkValue, { minKeys: 1, maxKeys: 5 }), junkValue),
      ).map(({ value, path, more: [extra, junk] }) => {
        // Extra fields alone are allowed (the schemas drop unknown keys), so one field is also broken.
        const target = isObject(valueAt(value, path)) ? path : [];
        const grown = withValueAt(value, target, { ...extra, ...(valueAt(value, target) as object) });
        const paths = pathsIn(grown).filter((p) => p.length > 0);
        return refused('extra fields', withValueAt(grown, paths[0] ?? [], junk));
      }),
    },
    {
      weight: 2,
      arbitrary: atString(fc.integer({ min: 201, max: 20_000 })).map(({ value, path, more }) =>
        refused('huge string', withValueAt(value, path ?? [], MARKER + 'x'.repeat(more))),
      ),
    },
    {
      weight: 2,
      arbitrary: at(fc.integer({ min: 201, max: 2_000 })).map(({ value, path, more }) =>
        refused(
          'huge array',
          withValueAt(
            value,
            path,
            Array.from({ length: more }, () => valueAt(value, path) ?? 1),
          ),
        ),
      ),
    },
    {
      weight: 2,
      arbitrary: at(fc.tuple(fc.integer({ min: 200, max: 5_000 }), fc.boolean())).map(
        ({ value, path, more: [depth, arrays] }) => {
          // Built as text: a structure this deep would overflow JSON.stringify's stack.
          const nested = arrays
            ? `${'['.repeat(depth)}${']'.repeat(depth)}`
            : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
          const text = json(withValueAt(value, path, MARKER)) as string;
          return { family: 'deep nesting', body: text.replace(`"${MARKER}"`, nested), contentType: JSON_TYPE };
        },
      ),
    },
    {
      weight: 3,
      arbitrary: atString(fc.tuple(brokenCharacter, fc.nat())).map(({ value, path, more: [character, where] }) => {
        if (!path) return refused('broken text', [value]);
        const text = valueAt(value, path) as string;
        const cut = where % (text.length + 1);
        // Always refused, whatever the document says: clean text (ADR 0007) is stricter than maxLength.
        const broken = withValueAt(value, path, text.slice(0, cut) + character + text.slice(cut));
        return { family: 'broken text', body: json(broken), contentType: JSON_TYPE };
      }),
    },
    {
      weight: 2,
      arbitrary: atString(junkText).map(({ value, path, more }) =>
        refused('junk text', withValueAt(value, path ?? [], more)),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(null, 42, MARKER, true, [], 'null')
        .map((root) => ({ family: 'wrong root', body: json(root), contentType: JSON_TYPE })),
    },
    { weight: 2, arbitrary: invalidJson(valid) },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom(...BAD_BYTES), fc.nat()).map(([value, bytes, where]) => {
        const text = new TextEncoder().encode(json(value) as string);
        // Inside the first string value when there is one, so the JSON around it stays well formed.
        const quote = text.indexOf(0x22, text.indexOf(0x3a) + 1);
        const cut = quote > 0 ? quote + 1 : where % text.length;
        return {
          family: 'invalid UTF-8',
          body: concat(text.slice(0, cut), Uint8Array.from(bytes), text.slice(cut)),
          contentType: JSON_TYPE,
        };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...WRONG_TYPES))
        .map(([value, contentType]) => ({ family: 'wrong content type', body: json(value), contentType })),
    },
    {
      weight: 1,
      arbitrary: valid.map((value) => ({
        family: 'no content type',
        body: new TextEncoder().encode(json(value) as string),
        contentType: undefined,
      })),
    },
    // A push's limit is 12.5 MiB: a few such bodies are enough (the test adds them by hand).
    {
      weight: (operation.bodyLimit ?? 0) > 1024 * 1024 ? 0 : 1,
      arbitrary: valid.chain((value) => oversized(operation, value)),
    },
  );
}

function invalidJson(valid: fc.Arbitrary<unknown>): fc.Arbitrary<BodyCase> {
  return fc.oneof(
    fc.constantFrom(...INVALID_JSON, '').map((body) => ({ family: 'invalid JSON', body, contentType: JSON_TYPE })),
    fc.tuple(valid, fc.nat()).map(([value, cut]) => {
      const text = json(value) as string;
      return { family: 'truncated JSON', body: text.slice(0, 1 + (cut % (text.length - 1))), contentType: JSON_TYPE };
    }),
    valid.map((value) => ({
      family: 'prototype keys',
      body: `{"__proto__":{"role":"admin"},${(json(value) as string).slice(1)}`,
      contentType: JSON_TYPE,
    })),
  );
}

/** A well-formed body a few bytes to a few kilobytes over the operation's limit. */
export function oversized(operation: FuzzOperation, value: unknown): fc.Arbitrary<BodyCase> {
  const limit = operation.bodyLimit ?? 64 * 1024;
  return fc.integer({ min: 1, max: 4096 }).map((over) => ({
    family: 'oversized body',
    body: json({ ...(isObject(value) ? value : {}), pad: 'x'.repeat(limit + over) }),
    contentType: JSON_TYPE,
  }));
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
