/**
 * When a kiosk forgets what it no longer needs (store/kiosk-retention.ts): at start, after every
 * answered push, and every few minutes, so a tablet left on overnight forgets the day at the day
 * change, even with nobody checking in and no network. Staff devices keep their whole log.
 */
import { getDeviceIdentity } from '../store/device-identity.js';
import type { OpStore } from '../store/op-store.js';

export const PURGE_EVERY_MS = 5 * 60_000;

/** Runs the kiosk purge if this browser is paired as a kiosk (revoked or not); true if it ran. */
export async function purgeIfKiosk(store: OpStore): Promise<boolean> {
  const identity = await getDeviceIdentity().catch(() => null);
  if (identity?.role !== 'kiosk') return false;
  await store.purgeKioskHistory();
  return true;
}

/** Purges now and then every `everyMs`; returns a stop function. A failed purge waits for the next. */
export function startKioskPurge(store: OpStore, everyMs: number = PURGE_EVERY_MS): () => void {
  const run = () => void purgeIfKiosk(store).catch(() => undefined);
  run();
  const timer = setInterval(run, everyMs);
  return () => clearInterval(timer);
}
