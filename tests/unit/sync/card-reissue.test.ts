/**
 * A lost card reissued on a staff laptop while offline: once the laptop syncs, the directory a
 * kiosk pulls accepts the new card and no longer the old one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TOKEN_BYTES, cardTokenFromBytes, hashCardToken } from '../../../src/core/cards/card-token.js';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import type { ApiClient } from '../../server/support/api-client.js';
import { createStaff, pairDevice, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../../server/support/test-server.js';
import { TEST_PROFILE, testId } from '../../support/op-factory.js';
import { expectSynced, testDevice } from './sync-harness.js';

let server: TestServer;
let staff: ApiClient;
let staffId: string;
let kiosk: { device: ApiClient; id: string };

beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUpFirstAdmin(server);
  staffId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' });
  staff = await signIn(server, 'sam', '739154');
  kiosk = await pairDevice(server, admin);
});
afterAll(async () => {
  await server.close();
});

const newToken = () => cardTokenFromBytes(crypto.getRandomValues(new Uint8Array(CARD_TOKEN_BYTES)));

/** What a kiosk would decide for a scanned token, from its own synced directory. */
function checkIn(directory: readonly DirectoryEntry[], token: string): string | 'see staff' {
  const hash = hashCardToken(token);
  const entry = directory.find((candidate) => candidate.cardHashes.includes(hash));
  return entry?.active ? entry.participantId : 'see staff';
}

describe('reissuing a lost card', () => {
  it('works offline, and after sync the kiosk accepts only the new card', async () => {
    const laptop = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: testId('laptop'),
      actor: staffId,
      credentials: staff,
    });
    const lobby = await testDevice({
      baseUrl: server.baseUrl,
      deviceId: kiosk.id,
      actor: null,
      credentials: kiosk.device,
    });
    const participantId = testId('person');
    const oldCard = testId('card');
    const oldToken = newToken();
    await laptop.store.recordAll(
      [
        {
          type: 'participant.enrolled',
          payload: {
            participantId,
            profile: TEST_PROFILE,
            consent: { agreed: true, at: '2026-11-28T19:00:00.000Z', recordedBy: staffId, textVersion: '2026-11' },
          },
        },
        { type: 'card.issued', payload: { cardId: oldCard, participantId, tokenHash: hashCardToken(oldToken) } },
      ],
      { deviceId: laptop.deviceId, actor: staffId },
    );
    await expectSynced(laptop);
    await expectSynced(lobby);
    expect(checkIn(await lobby.store.directory(), oldToken)).toBe(participantId);

    // The card is reported lost while the laptop has no network.
    laptop.goOffline();
    const replacement = newToken();
    await laptop.store.recordAll(
      [
        { type: 'card.revoked', payload: { cardId: oldCard, participantId, reason: 'lost' } },
        {
          type: 'card.issued',
          payload: { cardId: testId('card'), participantId, tokenHash: hashCardToken(replacement) },
        },
      ],
      { deviceId: laptop.deviceId, actor: staffId },
    );
    expect((await laptop.client.syncNow()).ok).toBe(false);
    await expectSynced(lobby);
    expect(checkIn(await lobby.store.directory(), oldToken)).toBe(participantId);

    laptop.goOnline();
    await expectSynced(laptop);
    await expectSynced(lobby);
    const directory = await lobby.store.directory();
    expect(checkIn(directory, replacement)).toBe(participantId);
    expect(checkIn(directory, oldToken)).toBe('see staff');
    // The kiosk holds hashes only, never a token.
    expect(JSON.stringify(directory)).not.toContain(replacement);
  });
});
