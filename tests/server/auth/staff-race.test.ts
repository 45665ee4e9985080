import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { setUpFirstAdmin } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Two admins (or one double-click) creating the same sign-in name at once: one wins, the rest are told why. */
describe('creating staff accounts at the same moment', () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await setUpFirstAdmin(server);
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers one 201 and 409 login_taken to the others, and stores one account', async () => {
    // Each request checks the name, then spends tens of milliseconds hashing: all four pass the check.
    const answers = await Promise.all(
      ['Rosa One', 'Rosa Two', 'Rosa Three', 'Rosa Four'].map((displayName) =>
        admin.post('/api/staff', { displayName, loginName: 'rosa.race', role: 'staff', secret: '604918' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body).toEqual({ error: 'login_taken', message: 'That sign-in name is taken. Choose another.' });

    const list = await admin.get<{ staff: Array<{ loginName: string; displayName: string }> }>('/api/staff');
    const stored = list.body.staff.filter((account) => account.loginName === 'rosa.race');
    expect(stored).toHaveLength(1);
    const winner = answers.find((answer) => answer.status === 201)?.body;
    expect(stored[0]?.displayName).toBe(winner?.displayName);
  });
});
