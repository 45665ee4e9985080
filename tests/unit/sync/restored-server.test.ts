/**
 * The server's database is restored from a backup made before some devices synced: each device
 * notices the new server id, sends again the ops of its own that the backup lacks, and starts
 * again from a snapshot. Real op stores and sync clients, a real server on a real SQLite file.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../server/db/restore.js';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { createStaff, setUpFirstAdmin, signIn } from '../../server/support/auth-fixtures.js';
import { makeTempDir, startTestServer, type TestServer } from '../../server/support/test-server.js';
import { PROJECT_ROOT } from '../../support/server-process.js';
import { expectSynced, stockOn, type TestDevice, testDevice } from './sync-harness.js';

const temp = makeTempDir('dropin-restored-');
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers.splice(0)) await server.close();
  temp.remove();
});

function record(device: TestDevice, draft: OpDraft): Promise<Op> {
  return device.store.record(draft, { deviceId: device.deviceId, actor: device.actor });
}

const ITEM = 'item_restored01';
const received = (quantity: number): OpDraft => ({
  type: 'stock.received',
  payload: { itemId: ITEM, quantity, kind: 'donation' },
});

describe('devices meeting a server restored from a backup', () => {
  it('send again what the restored server lacks: every op once, the same stock everywhere', async () => {
    const first = await startTestServer();
    const dataDir = first.database.engine === 'sqlite' ? first.database.dataDir : '';
    const admin = await setUpFirstAdmin(first);
    const staffIds = [
      await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '739154' }),
      await createStaff(admin, { displayName: 'Lee Staff', loginName: 'lee', secret: '739155' }),
    ];
    const sessions = [await signIn(first, 'sam', '739154'), await signIn(first, 'lee', '739155')];
    const [a, b] = await Promise.all(
      [0, 1].map((index) =>
        testDevice({
          baseUrl: first.baseUrl,
          deviceId: `laptop_restored_${index}`,
          actor: staffIds[index] ?? null,
          credentials: sessions[index] ?? admin,
        }),
      ),
    );
    if (!a || !b) throw new Error('two laptops');
    const made: Op[] = [await record(a, received(1)), await record(b, received(2))];
    await expectSynced(a);
    await expectSynced(b);

    const backupFile = path.join(temp.dir, 'backup.sqlite3');
    const backup = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/backup.mjs'), backupFile], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(backup.status, backup.stderr.toString()).toBe(0);

    // After the backup: both laptops sync more, and one records a change it has not sent yet.
    made.push(await record(a, received(4)), await record(a, received(8)), await record(b, received(16)));
    await expectSynced(a);
    await expectSynced(b);
    await expectSynced(a);
    const oldServerId = (await a.store.getCursor())?.serverId;
    made.push(await record(b, received(32)));

    await first.close({ keepData: true });
    const restored = restoreBackup({ dataDir, backupFile });
    const second = await startTestServer({ database: first.database });
    servers.push(second);
    expect(
      await second.peekValue(
        'SELECT count(*) FROM ops WHERE id IN (?, ?, ?, ?)',
        ...made.slice(2, 6).map((op) => op.id),
      ),
    ).toBe(0);

    for (const device of [a, b]) device.moveTo(second.baseUrl);
    await expectSynced(a);
    await expectSynced(b);
    await expectSynced(a);

    const stored = await second.peek<{ id: string; copies: number }>(
      `SELECT id, count(*) AS copies FROM ops WHERE id IN (${made.map(() => '?').join(', ')}) GROUP BY id`,
      ...made.map((op) => op.id),
    );
    expect(stored.map((row) => row.id).sort()).toEqual(made.map((op) => op.id).sort());
    expect(stored.every((row) => row.copies === 1)).toBe(true);
    for (const device of [a, b]) {
      expect(await device.store.outboxCount()).toBe(0);
      expect((await device.store.getCursor())?.serverId).toBe(restored.serverId);
      expect(await stockOn(device)).toEqual({ [ITEM]: 63 });
    }
    expect(restored.serverId).not.toBe(oldServerId);
    expect(restored.backupServerId).toBe(oldServerId);
  });
});
