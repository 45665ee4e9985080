import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupCode } from '../../../server/auth/setup-codes.js';
import { ApiClient } from '../support/api-client.js';
import { createStaff, pairDevice, signIn } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Entry {
  action: string;
  actor: string | null;
  deviceName: string | null;
  target: string | null;
  detail: Record<string, unknown>;
}

describe('the audit log', () => {
  let server: TestServer;
  let logs: string;
  const secrets: string[] = [];
  let admin: ApiClient;

  beforeEach(async () => {
    logs = '';
    server = await startTestServer({
      logStream: {
        write(line: string) {
          logs += line;
        },
      },
    });
    const setup = await issueSetupCode(server.storage, server.now());
    if (!setup) throw new Error('expected a setup code');
    admin = new ApiClient(server.baseUrl);
    await admin.post('/api/setup', { code: setup.code, displayName: 'Ana Admin', loginName: 'ana', secret: '482913' });
    secrets.push(setup.code, '482913');
  });
  afterEach(async () => {
    await server.close();
  });

  it('records sign-ins, account and device changes with who, when and which device — and never a secret', async () => {
    const samId = await createStaff(admin, { displayName: 'Sam Staff', loginName: 'sam', secret: '907152' });
    await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'sam', secret: '999999-wrong' });
    // A PIN typed into the name field must not end up in the log.
    await new ApiClient(server.baseUrl).post('/api/session', { loginName: '773311', secret: '773311' });
    const { device, id, token } = await pairDevice(server, admin, 'Lobby tablet');
    await signIn(server, 'sam', '907152', device); // staff signs in on the tablet to leave kiosk mode
    await admin.post(`/api/staff/${samId}/reset-secret`, { secret: '550316' });
    await admin.post(`/api/staff/${samId}/disable`);
    await admin.post(`/api/staff/${samId}/enable`);
    await admin.post(`/api/devices/${id}/revoke`);
    secrets.push('907152', '999999-wrong', '773311', '550316', token);
    if (device.sessionCookie) secrets.push(device.sessionCookie);
    if (admin.sessionCookie) secrets.push(admin.sessionCookie);

    const page = await admin.get<{ entries: Entry[]; nextBefore: number | null }>('/api/audit?limit=200');
    expect(page.status).toBe(200);
    const summary = page.body.entries.map((e) => [e.action, e.actor, e.deviceName, e.target]).reverse();
    expect(summary).toEqual([
      ['setup.completed', 'Ana Admin', null, 'ana'],
      ['staff.created', 'Ana Admin', null, 'sam'],
      ['sign_in.failed', 'Sam Staff', null, 'sam'],
      ['sign_in.failed', null, null, null],
      ['pairing.created', 'Ana Admin', null, 'Lobby tablet'],
      ['device.paired', 'Ana Admin', 'Lobby tablet', 'Lobby tablet'],
      ['sign_in.succeeded', 'Sam Staff', 'Lobby tablet', 'sam'],
      ['staff.secret_reset', 'Ana Admin', null, 'sam'],
      ['staff.disabled', 'Ana Admin', null, 'sam'],
      ['staff.enabled', 'Ana Admin', null, 'sam'],
      ['device.revoked', 'Ana Admin', null, 'Lobby tablet'],
    ]);

    const everything = [JSON.stringify(page.body), logs, JSON.stringify(await server.peek('SELECT * FROM audit_log'))];
    for (const text of everything) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(logs.length).toBeGreaterThan(0);
  });

  it('pages from newest to oldest', async () => {
    for (let i = 0; i < 5; i += 1)
      await new ApiClient(server.baseUrl).post('/api/session', { loginName: 'ana', secret: 'x' });
    const first = await admin.get<{ entries: Array<{ id: number }>; nextBefore: number | null }>('/api/audit?limit=4');
    expect(first.body.entries).toHaveLength(4);
    expect(first.body.nextBefore).not.toBeNull();
    const second = await admin.get<{ entries: Array<{ id: number }>; nextBefore: number | null }>(
      `/api/audit?limit=4&before=${first.body.nextBefore}`,
    );
    expect(second.body.entries).toHaveLength(2);
    expect(second.body.nextBefore).toBeNull();
    const ids = [...first.body.entries, ...second.body.entries].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await admin.get('/api/audit?limit=0')).status).toBe(400);
  });
});
