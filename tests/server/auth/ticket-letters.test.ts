import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../server/db/migrations.js';
import type { ApiClient } from '../support/api-client.js';
import { pairDevice, setUpFirstAdmin } from '../support/auth-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUpFirstAdmin(server);
});
afterAll(async () => {
  await server.close();
});

async function letterOf(name: string, role: 'kiosk' | 'staff' = 'kiosk') {
  const { id } = await pairDevice(server, admin, name, role);
  const list = await admin.get<{ devices: { id: string; ticketLetter: string | null }[] }>('/api/devices');
  return { id, ticketLetter: list.body.devices.find((device) => device.id === id)?.ticketLetter };
}

describe('ticket letters', () => {
  it('gives each paired device its own letter, and frees a revoked device’s letter', async () => {
    const first = await letterOf('Lobby tablet');
    const second = await letterOf('Front desk laptop', 'staff');
    expect([first.ticketLetter, second.ticketLetter]).toEqual(['A', 'B']);
    expect((await admin.post(`/api/devices/${first.id}/revoke`)).status).toBe(200);
    expect((await letterOf('Replacement tablet')).ticketLetter).toBe('A');
    expect((await letterOf('Second tablet')).ticketLetter).toBe('C');
  });

  it('are given in pairing order to devices paired before letters existed', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO staff (id, display_name, login_name, role, secret_hash, created_at) VALUES ('s1', 'Ana', 'ana', 'admin', 'x', 'now')",
    ).run();
    const insert = db.prepare(
      "INSERT INTO devices (id, name, role, token_hash, paired_by, paired_at) VALUES (?, ?, 'kiosk', ?, 's1', ?)",
    );
    insert.run('d2', 'Second', 'h2', '2026-11-02T00:00:00Z');
    insert.run('d1', 'First', 'h1', '2026-11-01T00:00:00Z');
    migrate(db);
    expect(db.prepare('SELECT id, ticket_letter FROM devices ORDER BY id').all()).toEqual([
      { id: 'd1', ticket_letter: 'A' },
      { id: 'd2', ticket_letter: 'B' },
    ]);
    db.close();
  });
});
