/**
 * The storage contract (tests/server/storage/contract/) on the PostgreSQL implementation, each
 * test on a fresh database in the run's cluster; then the races only PostgreSQL can have, where
 * two connections (as two server processes would) write at the same moment.
 */
import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../../server/storage/postgres/index.js';
import type { Storage } from '../../../server/storage/types.js';
import { createTestDatabase } from '../../support/postgres-database.js';
import { accountsContract } from '../storage/contract/accounts.js';
import { auditAndReportsContract } from '../storage/contract/audit-reports.js';
import { devicesContract } from '../storage/contract/devices.js';
import { feedFilterContract } from '../storage/contract/feed-filter.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from '../storage/contract/harness.js';
import { newOpsContract } from '../storage/contract/new-ops.js';
import { opLogContract } from '../storage/contract/ops.js';
import { throttlesContract, throttlesOf } from '../storage/contract/throttles.js';

const makePostgresStorage: MakeStorage = async () => {
  const { storage } = await openPostgresStorage(await createTestDatabase('contract'), { max: 8 });
  return { storage, dispose: () => storage.close() };
};

describe('PostgreSQL storage', () => {
  opLogContract(makePostgresStorage);
  feedFilterContract(makePostgresStorage);
  accountsContract(makePostgresStorage);
  devicesContract(makePostgresStorage);
  auditAndReportsContract(makePostgresStorage);
  throttlesContract(throttlesOf(makePostgresStorage));
  newOpsContract(makePostgresStorage);

  it('answers unhealthy, never throwing, once closed', async () => {
    const { storage } = await makePostgresStorage();
    await storage.close();
    expect(await storage.healthy()).toBe(false);
  });
});

describe('PostgreSQL storage under concurrent writers', () => {
  const storage = freshStorageEach(makePostgresStorage);

  async function pairingCode(store: Storage, codeHash: string, createdBy: string, name = 'Lobby kiosk') {
    await store.devices.createPairingCode(
      { codeHash, name, role: 'kiosk', createdBy, expiresAt: minutesAfter(T0, 10) },
      T0,
      { action: 'pairing.created' },
    );
  }

  it('pairs one device when the same code is used eight times at once', async () => {
    const admin = await makeStaff(storage(), 'ada', 'admin');
    await pairingCode(storage(), 'one-code', admin.id);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        storage().devices.pair(
          { codeHash: 'one-code', id: `kiosk_${index}`, tokenHash: `token-${index}`, at: T0 },
          () => ({
            action: 'device.paired',
          }),
        ),
      ),
    );
    expect(attempts.filter((device) => device !== undefined)).toHaveLength(1);
    expect(await storage().devices.list()).toHaveLength(1);
  });

  it('gives kiosks paired at the same moment different ticket letters', async () => {
    const admin = await makeStaff(storage(), 'ada', 'admin');
    for (let index = 0; index < 6; index += 1)
      await pairingCode(storage(), `code-${index}`, admin.id, `Kiosk ${index}`);
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        storage().devices.pair(
          { codeHash: `code-${index}`, id: `kiosk_${index}`, tokenHash: `t-${index}`, at: T0 },
          () => ({
            action: 'device.paired',
          }),
        ),
      ),
    );
    const letters = (await storage().devices.list()).map((device) => device.ticketLetter);
    expect(letters).toHaveLength(6);
    expect(new Set(letters).size).toBe(6);
  });

  it('creates one account when the same sign-in name is taken by six requests at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        storage().accounts.createStaff(T0, {
          displayName: `Sam ${index}`,
          loginName: 'sam',
          role: 'staff',
          secretHash: `hash-${index}`,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'login_taken')).toHaveLength(5);
    expect(await storage().accounts.listStaff()).toHaveLength(1);
  });

  it('uses a setup code once when two requests race with it', async () => {
    await storage().accounts.replaceSetupCode('setup', minutesAfter(T0, 10));
    const admin = (loginName: string) => ({
      displayName: loginName,
      loginName,
      role: 'admin' as const,
      secretHash: 'h',
    });
    const outcomes = await Promise.all([
      storage().accounts.completeSetup('setup', T0, admin('first'), () => ({ action: 'setup.completed' })),
      storage().accounts.completeSetup('setup', T0, admin('second'), () => ({ action: 'setup.completed' })),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'code_invalid')).toHaveLength(1);
    expect(await storage().accounts.countActiveAdmins()).toBe(1);
  });
});
