/**
 * The one-time link that creates the first admin. Issued at start while no admin exists; each
 * start replaces the previous code; it expires, and it works once.
 */
import type { Storage } from '../storage/types.js';
import { newToken, sha256 } from './crypto.js';

export const SETUP_CODE_TTL_MS = 2 * 60 * 60 * 1000;

export async function setupNeeded(storage: Storage): Promise<boolean> {
  return (await storage.accounts.countActiveAdmins()) === 0;
}

/** A fresh setup code if the database has no admin yet; undefined otherwise. */
export async function issueSetupCode(
  storage: Storage,
  at: Date,
): Promise<{ code: string; expiresAt: Date } | undefined> {
  if (!(await setupNeeded(storage))) return undefined;
  const code = newToken();
  const expiresAt = new Date(at.getTime() + SETUP_CODE_TTL_MS);
  await storage.accounts.replaceSetupCode(sha256(code), expiresAt);
  return { code, expiresAt };
}
