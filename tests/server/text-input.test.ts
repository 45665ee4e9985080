import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../src/core/ops/op.js';
import { opBuilder, TEST_PROFILE, testId } from '../support/op-factory.js';
import { pull, push, type SyncWorld, startSyncWorld } from './sync/sync-support.js';

/**
 * Text that cannot be shown or stored cleanly (control characters, broken characters, nothing at
 * all) is refused with the field named and nothing stored; names are stored NFC-normalised.
 */
const REFUSED: Record<string, string> = {
  NUL: 'Ana\u0000Ruiz',
  'another control character': 'Ana\u0007Ruiz',
  'a tab': 'Ana\tRuiz',
  'a line break': 'Ana\nRuiz',
  'a lone surrogate': 'Ana \uD83D',
  'only whitespace': ' \u00A0  ',
};
const DECOMPOSED = 'Jose\u0301 Ruiz';
const COMPOSED = 'Jos\u00e9 Ruiz';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

const count = (sql: string, ...values: unknown[]) => world.server.peekValue<number>(sql, ...values);

describe('device names (pairing)', () => {
  for (const [what, name] of Object.entries(REFUSED)) {
    it(`refuses a name with ${what} and creates no pairing code`, async () => {
      const before = await count('SELECT count(*) FROM pairing_codes');
      const response = await world.admin.post('/api/devices/pairings', { name, role: 'kiosk' });
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('bad_request');
      expect(response.body.message).toMatch(/^Invalid body: name: /);
      expect(await count('SELECT count(*) FROM pairing_codes')).toBe(before);
    });
  }

  it('stores a name typed decomposed in composed form', async () => {
    const response = await world.admin.post<{ name: string }>('/api/devices/pairings', {
      name: ` ${DECOMPOSED} tablet `,
      role: 'kiosk',
    });
    expect(response.status).toBe(200);
    expect(response.body.name).toBe(`${COMPOSED} tablet`);
  });
});

describe('staff display names', () => {
  for (const [what, displayName] of Object.entries(REFUSED)) {
    it(`refuses a name with ${what} when creating or renaming, and changes nothing`, async () => {
      const loginName = `text.${testId('login').slice(-6)}`;
      const created = await world.admin.post('/api/staff', { displayName, loginName, role: 'staff', secret: '604918' });
      expect(created.status).toBe(400);
      expect(created.body.message).toMatch(/^Invalid body: displayName: /);
      expect(await count('SELECT count(*) FROM staff WHERE login_name = ?', loginName)).toBe(0);

      const renamed = await world.admin.patch(`/api/staff/${world.staffId}`, { displayName });
      expect(renamed.status).toBe(400);
      expect(
        await count('SELECT count(*) FROM staff WHERE id = ? AND display_name = ?', world.staffId, 'Sam Staff'),
      ).toBe(1);
    });
  }

  it('stores a name typed decomposed in composed form', async () => {
    const created = await world.admin.post<{ displayName: string }>('/api/staff', {
      displayName: DECOMPOSED,
      loginName: 'jose.nfc',
      role: 'staff',
      secret: '604918',
    });
    expect(created.status).toBe(201);
    expect(created.body.displayName).toBe(COMPOSED);
    expect(await count('SELECT count(*) FROM staff WHERE display_name = ?', COMPOSED)).toBe(1);
  });
});

describe('text inside pushed ops', () => {
  const visitorCheckIn = (name: string | null) =>
    opBuilder(world.kioskId, null).op({
      type: 'visit.checkedIn',
      payload: { visitId: testId('visit'), day: '2026-11-27', ticket: null, who: 'visitor', name },
    });

  for (const [what, name] of Object.entries(REFUSED)) {
    it(`rejects a visitor name with ${what} as invalid and stores nothing`, async () => {
      const op = visitorCheckIn(name);
      const response = await push(world.kiosk, [op]);
      expect(response.status).toBe(200);
      expect(response.body.results).toEqual([
        { id: op.id, status: 'rejected', reason: 'invalid', message: expect.stringMatching(/^payload\.name: /) },
      ]);
      expect(await count('SELECT count(*) FROM ops WHERE id = ?', op.id)).toBe(0);
    });
  }

  it('stores a visitor name typed decomposed in composed form', async () => {
    const op = visitorCheckIn(DECOMPOSED);
    expect((await push(world.kiosk, [op])).body.results[0]?.status).toBe('accepted');
    const pulled = (await pull(world.staff)).body.ops.find((stored) => stored.id === op.id) as Op | undefined;
    expect(pulled?.payload).toMatchObject({ name: COMPOSED });
  });

  it('accepts a note with line breaks (stored as \\n) but refuses a name with one', async () => {
    const laptop = opBuilder(testId('laptop'), world.staffId, Date.now());
    const itemId = testId('item');
    const note = laptop.op({
      type: 'stock.adjusted',
      payload: { itemId, delta: -2, reason: 'damaged', note: 'Box was wet.\r\nTwo packs thrown away.' },
    });
    const name = laptop.op({
      type: 'participant.enrolled',
      payload: {
        participantId: testId('participant'),
        profile: { ...TEST_PROFILE, preferredName: 'Ana\nMaria' },
        consent: { agreed: true, at: '2026-11-27T19:00:00.000Z', recordedBy: world.staffId, textVersion: '2026-11' },
      },
    });
    const response = await push(world.staff, [note, name]);
    expect(response.body.results.map((result) => result.status)).toEqual(['accepted', 'rejected']);
    expect(response.body.results[1]).toMatchObject({
      reason: 'invalid',
      message: 'payload.profile.preferredName: must be a single line (no line breaks)',
    });
    const pulled = (await pull(world.staff)).body.ops.find((stored) => stored.id === note.id) as Op | undefined;
    expect(pulled?.payload).toMatchObject({ note: 'Box was wet.\nTwo packs thrown away.' });
  });
});
