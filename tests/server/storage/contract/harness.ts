/**
 * The storage contract's harness: each area's tests run against a `Storage` made by a factory,
 * so every engine (SQLite now, PostgreSQL in issue 17's next step) runs the very same tests.
 */
import { afterEach, beforeEach } from 'vitest';
import type { Storage } from '../../../../server/storage/types.js';
import type { StaffAccount } from '../../../../src/core/auth/api.js';

/** A fresh, empty, migrated storage, and how to throw it away. */
export interface MadeStorage {
  readonly storage: Storage;
  dispose(): Promise<void>;
}

export type MakeStorage = () => Promise<MadeStorage>;

/** A fresh storage for each test in the calling `describe`; read it with `current()`. */
export function freshStorageEach(make: MakeStorage): () => Storage {
  let made: MadeStorage | undefined;
  beforeEach(async () => {
    made = await make();
  });
  afterEach(async () => {
    await made?.dispose();
    made = undefined;
  });
  return () => {
    if (!made) throw new Error('no storage: call inside a test');
    return made.storage;
  };
}

/** The clock the contract runs on: the op factory stamps ops from 2026-11-27 19:00 UTC. */
export const T0 = new Date(Date.UTC(2026, 10, 27, 18, 59));

export function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

export async function makeStaff(
  storage: Storage,
  loginName: string,
  role: 'staff' | 'admin' = 'staff',
  at = T0,
): Promise<StaffAccount> {
  const made = await storage.accounts.createStaff(at, {
    displayName: `${loginName} Person`,
    loginName,
    role,
    secretHash: `hash-of-${loginName}`,
  });
  if (made === 'login_taken') throw new Error(`${loginName} is taken`);
  return made;
}
