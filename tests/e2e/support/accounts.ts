/**
 * Setting up people and devices for end-to-end tests through the HTTP API, for tests whose
 * subject is something else (the auth flows themselves are driven through the UI).
 */
import { type APIRequestContext, expect, request } from '@playwright/test';
import { PairingCode } from '../../../src/core/auth/api.js';
import type { ServerProcess } from '../../support/server-process.js';
import { uniqueDeviceName } from './names.js';

export const E2E_ADMIN = { displayName: 'Ana Admin', loginName: 'ana', secret: '482913' } as const;

/** The one-time code from the server's startup message. */
export function setupCodeFrom(server: ServerProcess): string {
  const code = /\/staff\/setup#code=([\w-]+)/.exec(server.output())?.[1];
  if (!code) throw new Error(`No setup link in the server output:\n${server.output()}`);
  return code;
}

/** An API client for the server that sends Origin like a browser on the app's page. */
export function apiFor(server: ServerProcess): Promise<APIRequestContext> {
  return request.newContext({ baseURL: server.baseUrl, extraHTTPHeaders: { origin: server.baseUrl } });
}

/** Creates the first admin with the printed code. */
export async function createFirstAdmin(server: ServerProcess): Promise<void> {
  const api = await apiFor(server);
  const response = await api.post('/api/setup', { data: { code: setupCodeFrom(server), ...E2E_ADMIN } });
  expect(response.status(), await response.text()).toBe(200);
  await api.dispose();
}

/**
 * A fresh pairing code (a kiosk's unless `role` says otherwise), made by the admin, for a device
 * named only for this call, at `site` (none: the first site).
 */
export async function newPairingCode(
  server: ServerProcess,
  name = uniqueDeviceName(),
  role: 'kiosk' | 'staff' | 'display' = 'kiosk',
  site?: string,
): Promise<string> {
  const api = await apiFor(server);
  const signIn = await api.post('/api/session', {
    data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const response = await api.post('/api/devices/pairings', { data: { name, role, ...(site && { site }) } });
  expect(response.status(), await response.text()).toBe(200);
  const { code } = PairingCode.parse(await response.json());
  await api.dispose();
  return code;
}
