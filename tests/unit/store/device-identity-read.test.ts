/**
 * The first screen reads the stored identity without Zod (device-identity-read.ts): it must
 * accept, refuse and return exactly what the schema does, for any record the database may hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceIdentity } from '../../../src/store/device-identity.js';
import { parseStoredIdentity } from '../../../src/store/device-identity-read.js';

const schema = (value: unknown) => {
  const parsed = DeviceIdentity.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Mostly a value of the right type, sometimes anything at all. */
const field = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 9 }, { arbitrary: fc.anything(), weight: 1 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Records near the schema's shape: each field right, wrong, missing or undefined; extra keys. */
const nearIdentity = fc.record(
  {
    id: field(fc.string({ maxLength: 3 })),
    name: field(fc.string()),
    role: field(fc.constantFrom('kiosk', 'staff', 'display', 'Kiosk', '')),
    token: field(fc.string({ maxLength: 3 })),
    revoked: field(fc.boolean()),
    pairedAt: field(fc.string()),
    ticketLetter: maybe(field(fc.option(fc.string()))),
    site: maybe(
      field(
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{6,66}$/), fc.constantFrom('site-main', 'site-two', 'bad site!')),
      ),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: ['id', 'name', 'role', 'token', 'revoked', 'pairedAt'] },
);

/** The same, with one of the required fields sometimes left out. */
const nearOrMissing = fc
  .tuple(nearIdentity, fc.option(fc.constantFrom('id', 'name', 'role', 'token', 'revoked', 'pairedAt'), { freq: 4 }))
  .map(([record, drop]) => {
    if (drop === null) return record;
    const { [drop]: _dropped, ...rest } = record;
    return rest;
  });

describe('the stored identity read without Zod', () => {
  it('reads as the schema does, for records near the shape', () => {
    let valid = 0;
    fc.assert(
      fc.property(nearOrMissing, (value) => {
        const expected = schema(value);
        if (expected) valid += 1;
        expect(parseStoredIdentity(value)).toStrictEqual(expected);
      }),
      { numRuns: 5000 },
    );
    // Both sides of the line are well covered.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(4500);
  });

  it('reads as the schema does, for anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }), (value) => {
        expect(parseStoredIdentity(value)).toStrictEqual(schema(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a whole identity as stored, and gives one stored before sites the first site', () => {
    const stored = {
      id: 'dev_1',
      name: 'Lobby',
      role: 'kiosk',
      token: 'secret-token',
      revoked: false,
      pairedAt: '2026-01-01T00:00:00.000Z',
      ticketLetter: 'A',
      site: 'site-two-x',
    };
    expect(parseStoredIdentity(stored)).toStrictEqual(stored);
    const { site: _site, ticketLetter: _letter, ...beforeSites } = stored;
    expect(parseStoredIdentity(beforeSites)).toStrictEqual({ ...beforeSites, site: 'site-main' });
    expect(parseStoredIdentity(undefined)).toBeNull();
  });
});
