/**
 * The storage contract (tests/server/storage/contract/) on the SQLite implementation, each test
 * on a fresh database file in a temporary folder. The PostgreSQL step runs the same contract.
 */
import { describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../../server/storage/sqlite/index.js';
import { makeTempDir } from '../support/test-server.js';
import { accountsContract } from './contract/accounts.js';
import { auditAndReportsContract } from './contract/audit-reports.js';
import { devicesContract } from './contract/devices.js';
import { feedFilterContract } from './contract/feed-filter.js';
import type { MakeStorage } from './contract/harness.js';
import { newOpsContract } from './contract/new-ops.js';
import { opLogContract } from './contract/ops.js';
import { throttlesContract, throttlesOf } from './contract/throttles.js';

const makeSqliteStorage: MakeStorage = async () => {
  const temp = makeTempDir('dropin-storage-');
  const { storage } = openSqliteStorage(temp.dir);
  return {
    storage,
    async dispose() {
      await storage.close();
      temp.remove();
    },
  };
};

describe('SQLite storage', () => {
  opLogContract(makeSqliteStorage);
  feedFilterContract(makeSqliteStorage);
  accountsContract(makeSqliteStorage);
  devicesContract(makeSqliteStorage);
  auditAndReportsContract(makeSqliteStorage);
  throttlesContract(throttlesOf(makeSqliteStorage));
  newOpsContract(makeSqliteStorage);

  it('answers unhealthy, never throwing, once closed', async () => {
    const { storage, dispose } = await makeSqliteStorage();
    await storage.close();
    expect(await storage.healthy()).toBe(false);
    await dispose();
  });
});
