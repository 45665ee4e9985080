/** Ready-made people and devices for server tests: the first admin, staff members, paired kiosks. */
import { expect } from 'vitest';
import { issueSetupCode } from '../../../server/auth/setup-codes.js';
import { ApiClient } from './api-client.js';
import type { TestServer } from './test-server.js';

export const ADMIN = { displayName: 'Ana Admin', loginName: 'ana', secret: '482913' } as const;

/** Creates the first admin through the one-time setup code and returns her signed-in client. */
export async function setUpFirstAdmin(server: TestServer): Promise<ApiClient> {
  const setup = await issueSetupCode(server.storage, server.now());
  if (!setup) throw new Error('an admin exists already');
  const admin = new ApiClient(server.baseUrl);
  const response = await admin.post('/api/setup', { code: setup.code, ...ADMIN });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return admin;
}

export async function signIn(
  server: TestServer,
  loginName: string,
  secret: string,
  client = new ApiClient(server.baseUrl),
) {
  const response = await client.post('/api/session', { loginName, secret });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return client;
}

/** An admin creates an account; returns its id. */
export async function createStaff(
  admin: ApiClient,
  fields: { displayName: string; loginName: string; secret: string; role?: 'staff' | 'admin' },
): Promise<string> {
  const response = await admin.post<{ id: string }>('/api/staff', { role: 'staff', ...fields });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

/** Staff make a pairing code and a new device uses it; returns the device's client and id. */
export async function pairDevice(
  server: TestServer,
  staff: ApiClient,
  name = 'Lobby tablet',
  role: 'kiosk' | 'staff' | 'display' = 'kiosk',
  site?: string,
): Promise<{ device: ApiClient; id: string; token: string }> {
  const pairing = await staff.post<{ code: string }>('/api/devices/pairings', {
    name,
    role,
    ...(site ? { site } : {}),
  });
  expect(pairing.status, JSON.stringify(pairing.body)).toBe(200);
  const device = new ApiClient(server.baseUrl);
  const paired = await device.post<{ device: { id: string }; token: string }>('/api/devices/pair', {
    code: pairing.body.code,
  });
  expect(paired.status, JSON.stringify(paired.body)).toBe(200);
  device.deviceToken = paired.body.token;
  return { device, id: paired.body.device.id, token: paired.body.token };
}
