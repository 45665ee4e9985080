/**
 * The page's one sync client and the single way screens record a change: `recordChange` writes the
 * op to this device (one transaction) and asks for a sync shortly after. Works the same offline.
 */
import type { Op } from '../core/ops/op.js';
import { type DropinDb, openDropinDb } from '../store/db.js';
import { getDeviceIdentity, siteOfDevice } from '../store/device-identity.js';
import { createOpStore, localDeviceId, type OpAuthor, type OpStore, type SitedDraft } from '../store/op-store.js';
import { requestPersistentStorage } from '../store/persistence.js';
import { InvalidOpError, StorageFullError } from '../store/storage-errors.js';
import { apiRequest } from './http.js';
import { purgeIfKiosk, startKioskPurge } from './kiosk-purge.js';
import { dataVersion, syncStatus } from './status.js';
import { createSyncClient, type SyncClient } from './sync-client.js';
import { pushOutbox } from './sync-cycle.js';
import { httpSyncTransport } from './sync-transport.js';

export { type AppSyncStatus, dataVersion, syncStatus } from './status.js';

let store: { readonly db: Promise<DropinDb>; readonly opStore: Promise<OpStore> } | undefined;
let client: SyncClient | undefined;

/** This page's op store, over the open database (made again if the connection was closed and reopened). */
export function appOpStore(): Promise<OpStore> {
  const db = openDropinDb();
  if (store?.db !== db) store = { db, opStore: db.then((opened) => createOpStore(opened)) };
  return store.opStore;
}

/**
 * Starts syncing in the background (idempotent): at once, on `online`, after writes, periodically.
 * On a kiosk it also starts forgetting synced visits and requests (kiosk-purge.ts).
 */
export async function startSync(): Promise<void> {
  if (client) return;
  const opStore = await appOpStore();
  if (client) return;
  client = createSyncClient({
    store: opStore,
    transport: httpSyncTransport(apiRequest, { deviceStorage: () => opStore.storageReport() }),
    onStatus: (status) => {
      const changed = status.lastSyncAt !== syncStatus.peek().lastSyncAt;
      syncStatus.value = { ...syncStatus.peek(), ...status };
      if (changed) dataVersion.value += 1;
    },
    afterPush: async () => {
      await purgeIfKiosk(opStore);
    },
  });
  startKioskPurge(opStore);
  window.addEventListener('online', () => client?.trigger('online'));
  client.start();
  const storage = await requestPersistentStorage();
  syncStatus.value = { ...syncStatus.peek(), storage };
}

/** A round now (the staff "Sync now" button, or after signing in). */
export function requestSync(): void {
  client?.trigger('manual');
}

/** One full round, awaited (console and tests); false when it failed or sync is not running. */
export async function syncNow(): Promise<boolean> {
  return client ? (await client.syncNow()).ok : false;
}

/**
 * Sends what is waiting on this device once, giving up after `timeoutMs`. Called before a
 * sign-out, so the server receives these changes while the session of the person who made them
 * is still the one on the request. True when the outbox went out whole.
 */
export async function deliverWaitingChanges(timeoutMs = 5000): Promise<boolean> {
  const opStore = await appOpStore();
  const transport = httpSyncTransport(apiRequest, { deviceStorage: () => opStore.storageReport() });
  const delivered = pushOutbox(opStore, transport, 100).then(
    (result) => result.ok,
    () => false,
  );
  const gaveUp = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([delivered, gaveUp]);
}

export type RecordFailure = {
  readonly ok: false;
  readonly error: 'storage_full' | 'invalid';
  readonly message: string;
};
export type RecordResult = { readonly ok: true; readonly op: Op } | RecordFailure;

/**
 * Records one change made on this device by `actor` (a staff id; null on a kiosk). The op is
 * stamped with this device's id when it is paired, otherwise with a random id of this browser,
 * and names the device's site (none for the default site) unless the draft names another.
 */
export async function recordChange(draft: SitedDraft, actor: string | null): Promise<RecordResult> {
  const result = await recordChanges([draft], actor);
  return result.ok ? { ok: true, op: result.ops[0] as Op } : result;
}

/** Several ops that make one action (revoke a lost card and issue the new one), saved together or not at all. */
export async function recordChanges(
  drafts: readonly SitedDraft[],
  actor: string | null,
): Promise<{ readonly ok: true; readonly ops: Op[] } | RecordFailure> {
  const result = await write(actor, (opStore, author) => opStore.recordAll(drafts, author));
  return result.ok ? { ok: true, ops: result.value } : result;
}

/**
 * A check-in: the device's next ticket for `day` and the ops built with it, saved together. A
 * kiosk's has no actor; a front-desk check-in names the staff member (the device's own letter
 * and counter, so its tickets never clash with a kiosk's).
 */
export async function recordCheckIn(
  day: string,
  build: (ticket: string | null) => readonly SitedDraft[],
  actor: string | null = null,
): Promise<{ readonly ok: true; readonly ops: Op[]; readonly ticket: string | null } | RecordFailure> {
  const letter = (await getDeviceIdentity().catch(() => null))?.ticketLetter ?? null;
  const result = await write(actor, (opStore, author) => opStore.recordWithTicket({ letter, day }, build, author));
  return result.ok ? { ok: true, ...result.value } : result;
}

/** Runs a local write as this device and `actor`, then asks for a sync; storage and schema failures become results. */
async function write<T>(
  actor: string | null,
  run: (opStore: OpStore, author: OpAuthor) => Promise<T>,
): Promise<{ readonly ok: true; readonly value: T } | RecordFailure> {
  const opStore = await appOpStore();
  const identity = await getDeviceIdentity().catch(() => null);
  const deviceId = identity?.id ?? (await localDeviceId(await openDropinDb()));
  // The same record gives the id and the site, so an op never names a site its device is not at.
  const author: OpAuthor = { deviceId, actor, site: siteOfDevice(identity) };
  try {
    const value = await run(opStore, author);
    if (syncStatus.peek().storageFull) syncStatus.value = { ...syncStatus.peek(), storageFull: false };
    dataVersion.value += 1;
    client?.trigger('write');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof StorageFullError) {
      syncStatus.value = { ...syncStatus.peek(), storageFull: true };
      // A round soon, so staff hear of it (the op store now reports 'full' with each sync).
      client?.trigger('write');
      return { ok: false, error: 'storage_full', message: error.message };
    }
    if (error instanceof InvalidOpError) return { ok: false, error: 'invalid', message: error.message };
    throw error;
  }
}
