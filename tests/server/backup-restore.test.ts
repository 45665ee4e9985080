/**
 * `npm run backup` under write load and `npm run restore` over the compiled server's SQLite file:
 * the restored database is the backup's content with a new server id, devices that synced after the
 * backup send it again, and every refusal leaves the data folder as it was.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/db/database.js';
import { MIGRATIONS } from '../../server/db/migrations.js';
import type { Op } from '../../src/core/ops/op.js';
import { compileServer, PROJECT_ROOT, type ServerProcess, startServerProcess } from '../support/server-process.js';
import { fileSha256, serverIdIn, tableContents } from '../support/sqlite-contents.js';
import { expectSynced, stockOn, type TestDevice, testDevice } from '../unit/sync/sync-harness.js';
import { ApiClient } from './support/api-client.js';
import { ADMIN, createStaff } from './support/auth-fixtures.js';
import { makeTempDir } from './support/test-server.js';

const temp = makeTempDir('dropin-backup-restore-');
const running: ServerProcess[] = [];

beforeAll(compileServer, 120_000);
afterAll(async () => {
  for (const server of running.splice(0)) await server.stop();
  temp.remove();
});

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ dataDir });
  running.push(server);
  return server;
}

async function stop(server: ServerProcess): Promise<void> {
  running.splice(running.indexOf(server), 1);
  expect(await server.stop()).toBe(0);
}

/** Runs a script of ours over `dataDir` as its own process; resolves when it has exited. */
function run(script: string, args: readonly string[], dataDir: string) {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script), ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const backUp = (dataDir: string, file: string) => run('scripts/backup.mjs', [file], dataDir);
const restore = (dataDir: string, file: string) => run('build/server/db/restore-command.js', [file], dataDir);

async function signedIn(baseUrl: string, loginName: string, secret: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  expect((await client.post('/api/session', { loginName, secret })).status).toBe(200);
  return client;
}

async function firstAdmin(server: ServerProcess): Promise<ApiClient> {
  const admin = new ApiClient(server.baseUrl);
  const code = /\/staff\/setup#code=([\w-]+)/.exec(server.output())?.[1];
  expect((await admin.post('/api/setup', { code, ...ADMIN })).status).toBe(200);
  return admin;
}

/**
 * The data folder's files and each one's bytes: what a refused restore must leave alone. SQLite's
 * own -wal and -shm are left out: closing the last connection may fold and remove an empty WAL.
 */
function folderState(dataDir: string): Record<string, string> {
  const files = readdirSync(dataDir).filter((name) => !/-(wal|shm)$/.test(name));
  return Object.fromEntries(files.map((name) => [name, fileSha256(path.join(dataDir, name))]));
}

const DEVICES = 4;
const OPS_PER_ROUND = 5;
const ITEMS = ['item_backup_a', 'item_backup_b', 'item_backup_c'];

describe('backup and restore of the server’s database', () => {
  it('backs up under write load and restores the backup’s content; devices send again what it lacks', async () => {
    const dataDir = path.join(temp.dir, 'load');
    const live = path.join(dataDir, DATABASE_FILE);
    const first = await start(dataDir);
    const admin = await firstAdmin(first);
    const devices: TestDevice[] = [];
    // Every device's session is in the backup, as a center's are (staff sign in at the start of the day).
    for (let index = 0; index < DEVICES; index += 1) {
      const loginName = `staff${index}`;
      const secret = `73915${index}`;
      const id = await createStaff(admin, { displayName: `Staff ${index}`, loginName, secret });
      const credentials = await signedIn(first.baseUrl, loginName, secret);
      devices.push(
        await testDevice({ baseUrl: first.baseUrl, deviceId: `laptop_backup_${index}`, actor: id, credentials }),
      );
    }
    const made: Op[] = [];
    const ledger = new Map<string, number>();
    const recordRound = async (device: TestDevice, round: number) => {
      for (let n = 0; n < OPS_PER_ROUND; n += 1) {
        const itemId = ITEMS[(round + n) % ITEMS.length] as string;
        const quantity = 1 + ((round * OPS_PER_ROUND + n) % 7);
        const op = await device.store.record(
          { type: 'stock.received', payload: { itemId, quantity, kind: 'donation' } },
          { deviceId: device.deviceId, actor: device.actor },
        );
        made.push(op);
        ledger.set(itemId, (ledger.get(itemId) ?? 0) + quantity);
      }
    };

    // Write load: every device records and syncs round after round, until each has synced three
    // rounds after the backup ended. The backup starts once every device has synced three rounds.
    let backupRunning = false;
    let backupDone = false;
    let pushedDuringBackup = 0;
    let everyoneWarm: () => void = () => undefined;
    const warm = new Promise<void>((resolve) => {
      everyoneWarm = resolve;
    });
    const rounds = devices.map(() => 0);
    const load = devices.map(async (device, index) => {
      let afterBackup = 0;
      while (afterBackup < 3) {
        const startedDuringBackup = backupRunning && !backupDone;
        await recordRound(device, rounds[index] ?? 0);
        await expectSynced(device);
        rounds[index] = (rounds[index] ?? 0) + 1;
        if (rounds.every((count) => count >= 3)) everyoneWarm();
        if (startedDuringBackup && !backupDone) pushedDuringBackup += 1;
        if (backupDone) afterBackup += 1;
      }
    });
    await warm;
    const backupFile = path.join(temp.dir, 'under-load.sqlite3');
    backupRunning = true;
    const backup = await backUp(dataDir, backupFile);
    backupDone = true;
    expect(backup.code, backup.stderr).toBe(0);
    await Promise.all(load);
    for (const device of devices) await expectSynced(device);

    // A restore while the server runs is refused, and changes nothing.
    const whileRunning = folderState(dataDir);
    const liveContents = tableContents(live);
    const refused = await restore(dataDir, backupFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is in use');
    expect(tableContents(live)).toEqual(liveContents);
    expect(Object.keys(folderState(dataDir)).sort()).toEqual(Object.keys(whileRunning).sort());

    // A change each device has not sent yet, then the server stops.
    for (const [index, device] of devices.entries()) await recordRound(device, 100 + index);
    await stop(first);
    const beforeRestore = tableContents(live);
    const copy = new BetterSqlite3(backupFile, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const inBackup = tableContents(backupFile);
    // The backup is a moment inside the load: some of the devices' ops, not all of them.
    const backedUp = new BetterSqlite3(backupFile, { readonly: true });
    const backedUpOps = backedUp
      .prepare("SELECT count(*) FROM ops WHERE device_id LIKE 'laptop_backup_%'")
      .pluck()
      .get() as number;
    backedUp.close();
    expect(backedUpOps).toBeGreaterThan(0);
    expect(inBackup.ops?.rows).toBeLessThan(beforeRestore.ops?.rows ?? 0);

    const restored = await restore(dataDir, backupFile);
    expect(restored.code, restored.stderr).toBe(0);
    const files = readdirSync(dataDir);
    const aside = files.find((name) => name.startsWith(`${DATABASE_FILE}.before-restore-`));
    expect(files.sort()).toEqual([DATABASE_FILE, aside].sort());
    expect(restored.stdout).toContain(path.join(dataDir, aside ?? ''));
    // The restored file is the backup's content, but for the server id; the replaced file is kept whole.
    const notServerId = (table: string, row: readonly unknown[]) => table === 'meta' && row[0] === 'server_id';
    expect(tableContents(live, notServerId)).toEqual(tableContents(backupFile, notServerId));
    expect(serverIdIn(live)).not.toBe(serverIdIn(backupFile));
    expect(tableContents(path.join(dataDir, aside ?? ''))).toEqual(beforeRestore);

    // The devices come back to the restored server and send again what it lacks.
    const second = await start(dataDir);
    for (const device of devices) device.moveTo(second.baseUrl);
    for (const device of devices) await expectSynced(device);
    for (const device of devices) await expectSynced(device);
    await stop(second);

    const db = new BetterSqlite3(live, { readonly: true });
    const stored = db
      .prepare("SELECT id, count(*) AS copies FROM ops WHERE device_id LIKE 'laptop_backup_%' GROUP BY id")
      .all() as { id: string; copies: number }[];
    db.close();
    expect(stored.length).toBe(made.length);
    expect(new Set(stored.map((row) => row.id))).toEqual(new Set(made.map((op) => op.id)));
    expect(stored.every((row) => row.copies === 1)).toBe(true);
    for (const device of devices) {
      expect(await device.store.outboxCount()).toBe(0);
      expect(await stockOn(device)).toEqual(Object.fromEntries([...ledger].sort()));
    }
    console.info(
      `backup under load: ${made.length} ops by ${DEVICES} devices, ${backedUpOps} of them in the backup, ` +
        `${pushedDuringBackup} rounds synced while it ran; all sent again exactly once after the restore`,
    );
  });

  it('refuses a newer schema, a file that is no database of ours and a missing file, changing nothing', async () => {
    const dataDir = path.join(temp.dir, 'refusals');
    const server = await start(dataDir);
    const backupFile = path.join(temp.dir, 'refusals.sqlite3');
    expect((await backUp(dataDir, backupFile)).code).toBe(0);
    await stop(server);

    const newer = path.join(temp.dir, 'newer.sqlite3');
    expect((await backUp(dataDir, newer)).code).toBe(0);
    const future = new BetterSqlite3(newer);
    future
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(MIGRATIONS.length + 1, 'from a later release', new Date().toISOString());
    future.close();
    const junk = path.join(temp.dir, 'notes.txt');
    writeFileSync(junk, 'not a database\n'.repeat(300));
    const foreign = path.join(temp.dir, 'foreign.sqlite3');
    const other = new BetterSqlite3(foreign);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();

    const untouched = folderState(dataDir);
    const cases = [
      [newer, `schema version ${MIGRATIONS.length + 1}, newer than this release knows (${MIGRATIONS.length})`],
      [junk, 'it is not an SQLite database'],
      [foreign, 'it has no schema_migrations table'],
      [path.join(temp.dir, 'missing.sqlite3'), 'There is no backup file'],
    ] as const;
    for (const [file, message] of cases) {
      const answer = await restore(dataDir, file);
      expect(answer.code, file).toBe(1);
      expect(answer.stderr).toContain(message);
      expect(folderState(dataDir)).toEqual(untouched);
    }
    // The same folder takes a good backup afterwards.
    expect((await restore(dataDir, backupFile)).code).toBe(0);
  });
});
