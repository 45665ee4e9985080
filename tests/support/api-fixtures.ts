/**
 * API JSON for tests, passed through the core schemas the browser reads it with, so a fixture
 * that drifts from what the server answers fails where it is made, not deep inside a test.
 */
import { Device, PairResponse, Session, StaffAccount } from '../../src/core/auth/api.js';

type Overrides<T> = Partial<T>;

/** A paired kiosk as `GET /api/devices` lists it. */
export function deviceFixture(overrides: Overrides<Device> = {}): Device {
  return Device.parse({
    id: 'dev_9',
    name: 'Lobby tablet',
    role: 'kiosk',
    pairedAt: '2026-11-28T18:00:00.000Z',
    pairedBy: 'Maria G.',
    lastSeenAt: null,
    lastSyncAt: null,
    revokedAt: null,
    ticketLetter: 'A',
    ...overrides,
  });
}

/** The answer to `POST /api/devices/pair`: the device and its secret token. */
export function pairResponseFixture(token = 'tok-new', device: Overrides<Device> = {}): PairResponse {
  return PairResponse.parse({ token, device: deviceFixture(device) });
}

/** A staff account as the session and staff list carry it (an admin unless told otherwise). */
export function staffAccountFixture(overrides: Overrides<StaffAccount> = {}): StaffAccount {
  return StaffAccount.parse({
    id: 'staff_s1_0001',
    displayName: 'Maria G.',
    loginName: 'maria',
    role: 'admin',
    disabled: false,
    createdAt: '2026-11-28T18:00:00.000Z',
    ...overrides,
  });
}

/** The answer to `GET /api/session`: who is signed in, idle for an hour from now by default. */
export function sessionFixture(overrides: { staff?: Overrides<StaffAccount>; idleExpiresAt?: string } = {}): Session {
  return Session.parse({
    staff: staffAccountFixture(overrides.staff),
    idleExpiresAt: overrides.idleExpiresAt ?? new Date(Date.now() + 60 * 60_000).toISOString(),
  });
}
