/**
 * The server process is killed (SIGKILL, no shutdown code) while batches of ops are being pushed,
 * at a different moment each round. Whatever was committed stays; whatever was not is sent again;
 * nothing is stored twice and the views are exactly the fold of the ops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder } from '../../support/op-factory.js';
import { compileServer, type ServerProcess, startServerProcess } from '../../support/server-process.js';
import { ApiClient } from '../support/api-client.js';
import { ADMIN } from '../support/auth-fixtures.js';
import { makeTempDir } from '../support/test-server.js';

const data = makeTempDir('dropin-crash-');
let server: ServerProcess;

// The test runs the compiled server, as `npm start` does.
beforeAll(compileServer, 120_000);
afterAll(async () => {
  await server?.stop();
  data.remove();
});

async function signedInAdmin(process: ServerProcess, first: boolean): Promise<{ client: ApiClient; id: string }> {
  const client = new ApiClient(process.baseUrl);
  if (first) {
    const code = /\/staff\/setup#code=([\w-]+)/.exec(process.output())?.[1];
    expect((await client.post('/api/setup', { code, ...ADMIN })).status).toBe(200);
  } else {
    expect((await client.post('/api/session', { loginName: ADMIN.loginName, secret: ADMIN.secret })).status).toBe(200);
  }
  const session = await client.get<{ staff: { id: string } }>('/api/session');
  return { client, id: session.body.staff.id };
}

describe('a server killed in the middle of a push', () => {
  it('loses nothing and stores nothing twice once the device sends again', async () => {
    server = await startServerProcess({ dataDir: data.dir });
    let admin = await signedInAdmin(server, true);
    const laptop = opBuilder('laptop_crash01', admin.id, Date.now());
    const ops: Op[] = [];
    for (let i = 0; i < 600; i += 1) {
      ops.push(
        laptop.op({
          type: 'stock.received',
          payload: { itemId: `item_crash_${i % 7}`, quantity: 1 + (i % 5), kind: 'donation' },
        }),
      );
    }
    const batches = [0, 200, 400].map((start) => ops.slice(start, start + 200));

    // On this machine these delays land before, between and after the batches' commits.
    for (const delayMs of [30, 50, 60, 70, 80, 100]) {
      // Push every batch at once, and pull the plug after `delayMs`.
      const pushes = batches.map((batch) =>
        admin.client.post<PushResponse>('/api/sync/push', { ops: batch }).catch(() => null),
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await server.crash();
      await Promise.all(pushes);
      server = await startServerProcess({ dataDir: data.dir });
      admin = await signedInAdmin(server, false);
    }

    // The device still has everything in its outbox; it sends it all again.
    for (const batch of batches) {
      const response = await admin.client.post<PushResponse>('/api/sync/push', { ops: batch });
      expect(response.status).toBe(200);
      expect(response.body.results.every((result) => result.status !== 'rejected')).toBe(true);
    }
    const pulled: Op[] = [];
    let cursor = 0;
    for (;;) {
      const page = await admin.client.get<{ ops: Op[]; cursor: number; more: boolean }>(
        `/api/sync/pull?after=${cursor}&limit=1000`,
      );
      pulled.push(...page.body.ops);
      cursor = page.body.cursor;
      if (!page.body.more) break;
    }
    const fromLaptop = pulled.filter((op) => op.deviceId === laptop.deviceId);
    expect(fromLaptop.map((op) => op.id).sort()).toEqual(ops.map((op) => op.id).sort());
    const snapshot = await admin.client.get<{ views: { key: string; view: unknown }[] }>('/api/sync/snapshot');
    expect(new Map(snapshot.body.views.map((record) => [record.key, record.view]))).toEqual(foldOps(pulled));
    // Six server starts and SIGKILLs: slow on a loaded machine, and still bounded.
  }, 180_000);
});
