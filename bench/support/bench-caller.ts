/**
 * A signed-in staff member for benchmarks that store ops through the storage interface: the bench
 * ops are stamped from 2026-11-27 19:00 (the op factory's clock), so a session from 18:59 covers them.
 */
import type { Caller } from '../../server/auth/caller.js';
import type { Storage } from '../../server/storage/types.js';
import type { StaffAccount } from '../../src/core/auth/api.js';

export async function benchStaffCaller(storage: Storage): Promise<{ staff: StaffAccount; caller: Caller }> {
  const start = new Date(Date.UTC(2026, 10, 27, 18, 59));
  const staff = (await storage.accounts.createStaff(start, {
    displayName: 'Bench',
    loginName: 'bench',
    role: 'staff',
    secretHash: 'x',
  })) as StaffAccount;
  await storage.accounts.startSession('bench-session', staff.id, null, start);
  const caller = {
    staff,
    session: undefined,
    sessionToken: undefined,
    device: undefined,
    deviceRejected: false,
    roles: new Set(['staff']),
  } as unknown as Caller;
  return { staff, caller };
}
