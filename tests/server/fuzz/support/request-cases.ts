/**
 * Whole malformed requests for one operation and one kind of caller: the body cases, junk path
 * parameters and query values, broken addresses, huge headers, junk credentials and cross-site
 * posts. Each is a request the server must refuse with a 4xx (a push may instead reject every op).
 */
import fc from 'fast-check';
import { type BodyCase, bodyCases, MARKER, noBodyCases } from './body-cases.js';
import type { FuzzOperation } from './operations.js';
import { type Components, type Schema, validValue } from './schema-arbitrary.js';

export type CallerKind = 'anonymous' | 'kiosk' | 'display' | 'staff' | 'admin';

export interface FuzzCase {
  readonly family: string;
  readonly caller: CallerKind;
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly body?: BodyCase['body'];
  readonly contentType?: string | undefined;
  /** Sent instead of the caller's own credentials (junk ones), or beside them. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly dropCredentials?: boolean;
  /** Leave the Origin header out (a session's post must then be refused as cross-site). */
  readonly dropOrigin?: boolean;
}

/** Real values for what a valid request names: path ids that exist, a query that passes. */
export interface ValidParts {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
}

const METHODS_WITH_BODIES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const junkSegment = fc.oneof(
  fc.constantFrom(
    MARKER,
    'x'.repeat(65),
    'a'.repeat(101),
    '%00',
    '%ZZ',
    '%E0%A4%A',
    '..',
    '%2e%2e',
    'a%2Fb',
    '%20',
    '%F0%9F%92%A9',
    '%ED%A0%80',
    '%27%3B%20DROP%20TABLE%20staff%3B--',
    '__proto__',
    'constructor',
    '-1',
    '0',
    '%',
    'Fz9Mark.csv',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map(encodeURIComponent),
);
const junkQueryValue = fc.oneof(
  fc.constantFrom(
    'abc',
    '-1',
    '1.5',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '99999999999999999999999',
    '%00',
    '%ZZ',
    '%ED%A0%80',
    'true',
    '[]',
    '{}',
    '0x10',
    '2026-13-45',
    '2026-02-30',
    '0000-00-00',
    '9999-99-99',
    '2026-1-1',
    MARKER,
    '16',
    '1001',
    '201',
    `${'9'.repeat(5000)}`,
    'x'.repeat(65),
  ),
  // Not empty: z.coerce reads `after=` as 0, which is the default anyway (left as it is, see the README).
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);
const junkCredentials = fc.constantFrom<Record<string, string>>(
  { cookie: `lead_session=${MARKER}` },
  { cookie: 'lead_session=' },
  { cookie: `lead_session=${'a'.repeat(4000)}` },
  { cookie: 'lead_session=%00%ZZ; lead_session=x' },
  { authorization: `Bearer ${MARKER}` },
  { authorization: 'Bearer' },
  { authorization: 'Bearer a b' },
  { authorization: 'Basic Zm9vOmJhcg==' },
  { authorization: `Bearer ${'A'.repeat(8000)}` },
);
const foreignOrigin = fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:1', 'not a url', 'file://');

export function requestCases(
  operation: FuzzOperation,
  caller: CallerKind,
  valid: ValidParts,
  components: Components,
): fc.Arbitrary<FuzzCase> {
  const base = { caller, method: operation.method };
  const pathWith = (values: Readonly<Record<string, string>>) =>
    operation.openApiPath.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? MARKER);
  const queryText = (query: Readonly<Record<string, string | string[]>>) => {
    const parts = Object.entries(query).flatMap(([name, value]) => [value].flat().map((v) => `${name}=${v}`));
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  };
  const validUrl = pathWith(valid.path) + queryText(valid.query);
  const validBody = operation.bodySchema ? validBodyOf(operation, components) : fc.constant(undefined);
  const sendsBody = METHODS_WITH_BODIES.has(operation.method);
  // A state-changing request sent with a session must carry a valid body, or it is the body that is refused.
  const validJson = validBody.map((value) =>
    value === undefined ? {} : { body: JSON.stringify(value), contentType: 'application/json' },
  );

  const families: { weight: number; arbitrary: fc.Arbitrary<FuzzCase> }[] = [
    {
      weight: 1,
      arbitrary: fc.tuple(junkSegment, validJson).map(([junk, body]) => ({
        ...base,
        ...body,
        family: 'junk address suffix',
        url: `${pathWith(valid.path)}/${MARKER}${junk}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('%', '%Z', '%E0%A4', '%ZZ', '%C0%AF'), fc.nat(), validJson)
        .map(([broken, at, body]) => {
          const cut = 5 + (at % (validUrl.length - 4));
          return {
            ...base,
            ...body,
            family: 'broken %-encoding',
            url: validUrl.slice(0, cut) + broken + validUrl.slice(cut),
          };
        }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 17_000, max: 40_000 }), validJson).map(([size, body]) => ({
        ...base,
        ...body,
        family: 'huge header',
        url: validUrl,
        headers: { 'x-fuzz': 'a'.repeat(size) },
      })),
    },
  ];
  if (operation.access !== 'public') {
    families.push({
      weight: 1,
      arbitrary: fc.tuple(junkCredentials, validJson).map(([headers, body]) => ({
        ...base,
        ...body,
        family: 'junk credentials',
        url: validUrl,
        headers,
        dropCredentials: true,
      })),
    });
    if (operation.method !== 'GET' && (caller === 'staff' || caller === 'admin' || caller === 'anonymous')) {
      families.push({
        weight: 1,
        arbitrary: fc.tuple(fc.option(foreignOrigin, { nil: undefined }), validJson).map(([origin, body]) => ({
          ...base,
          ...body,
          family: 'cross-site',
          url: validUrl,
          ...(origin === undefined ? { dropOrigin: true } : { headers: { origin } }),
        })),
      });
    }
  }
  if (operation.pathParameters.length > 0) {
    families.push({
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...operation.pathParameters), junkSegment, validJson)
        .map(([parameter, junk, body]) => ({
          ...base,
          ...body,
          family: 'junk path parameter',
          url: pathWith({ ...valid.path, [parameter.name]: junk }) + queryText(valid.query),
        })),
    });
  }
  if (operation.queryParameters.length > 0) {
    families.push({
      weight: 10,
      arbitrary: queryCases(operation, valid).map((query) => ({
        ...base,
        ...query,
        url: pathWith(valid.path) + query.url,
      })),
    });
  }
  if (sendsBody) {
    const bodies = operation.bodySchema ? bodyCases(operation, validBody) : noBodyCases(operation);
    families.push({
      weight: 14,
      arbitrary: bodies.map(({ family, body, contentType }) => ({ ...base, family, url: validUrl, body, contentType })),
    });
  }
  return fc.oneof(...families);
}

/**
 * A valid body from the operation's schema. A push carries one op: the one its mutation breaks (a
 * second, valid op would be judged on its merits, and an op naming someone else is audited).
 */
function validBodyOf(operation: FuzzOperation, components: Components): fc.Arbitrary<unknown> {
  if (operation.name !== 'POST /api/sync/push') return validValue(operation.bodySchema as Schema, components);
  const op = validValue({ $ref: '#/components/schemas/OpInput' }, components);
  return fc.record({ ops: fc.tuple(op), deviceTime: fc.integer({ min: 0, max: 8.64e15 }) }, { requiredKeys: ['ops'] });
}

/** A query with one value junk, a required one missing, or one repeated; the result always refused. */
function queryCases(operation: FuzzOperation, valid: ValidParts): fc.Arbitrary<{ family: string; url: string }> {
  const names = operation.queryParameters.map((p) => p.name);
  const first = names[0] as string;
  return fc
    .tuple(
      fc.constantFrom(...names),
      junkQueryValue,
      fc.constantFrom('junk query value', 'missing query value', 'repeated query value'),
    )
    .map(([name, junk, family]) => {
      const query: Record<string, string | string[]> = { ...valid.query };
      if (family === 'junk query value') query[name] = junk;
      else if (family === 'missing query value') delete query[name];
      else query[name] = [String(query[name] ?? junk), junk];
      // Leaving out an optional value, or junk the coercion accepts, is a valid query: break the first value.
      if (operation.queryAllowed(decoded(query))) query[first] = MARKER;
      const parts = Object.entries(query).flatMap(([key, value]) => [value].flat().map((v) => `${key}=${v}`));
      return { family, url: parts.length > 0 ? `?${parts.join('&')}` : '' };
    });
}

function decoded(query: Record<string, string | string[]>): Record<string, unknown> {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.map(decode) : decode(v)]));
}
