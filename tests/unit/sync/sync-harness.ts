/**
 * Devices for sync client tests: each has its own IndexedDB (fake-indexeddb), the real op store,
 * the real sync client and HTTP transport, talking to a real in-process server.
 */
import 'fake-indexeddb/auto';
import { stockLevels } from '../../../src/core/fold/selectors.js';
import { openDatabase } from '../../../src/store/db.js';
import { createOpStore, type OpStore } from '../../../src/store/op-store.js';
import { type RequestFn, sendRequest } from '../../../src/sync/http.js';
import { createSyncClient, type SyncClient, type SyncClientOptions } from '../../../src/sync/sync-client.js';
import { httpSyncTransport, type SyncTransport } from '../../../src/sync/sync-transport.js';
import type { ApiClient } from '../../server/support/api-client.js';

let databases = 0;

export interface TestDevice {
  readonly deviceId: string;
  readonly actor: string | null;
  readonly store: OpStore;
  readonly client: SyncClient;
  /** Point the device at another server address (a restarted server gets a new port). */
  moveTo(baseUrl: string): void;
  /** Make the next `n` requests fail as if the network were down (before they reach the server). */
  goOffline(): void;
  goOnline(): void;
  /** Requests sent so far, as "METHOD path". */
  readonly sent: string[];
}

/**
 * A device signed in (staff, with the client's session cookie) or paired (kiosk, with its token).
 * `wrap` lets a test interfere with the transport (e.g. lose a response).
 */
export async function testDevice(options: {
  baseUrl: string;
  deviceId: string;
  actor: string | null;
  credentials: ApiClient;
  wrap?: (transport: SyncTransport) => SyncTransport;
  client?: Partial<SyncClientOptions>;
  /** Extra headers on every request (the fault proxy in tests/faults reads which device sent it). */
  headers?: Readonly<Record<string, string>>;
  /** This device's clock (default: the machine's); a device whose clock is off gets its own. */
  now?: () => number;
  /** Or: this device's clock is off by this much (ms). */
  clockOffsetMs?: number;
}): Promise<TestDevice> {
  databases += 1;
  const offset = options.clockOffsetMs ?? 0;
  const now = options.now ?? (() => Date.now() + offset);
  const store = createOpStore(await openDatabase(`sync-device-${databases}`), { now });
  let baseUrl = options.baseUrl;
  let offline = false;
  const sent: string[] = [];
  const request: RequestFn = (method, path, requestOptions) => {
    sent.push(`${method} ${path.split('?')[0]}`);
    if (offline) return Promise.resolve({ ok: false, status: 0, error: 'offline', message: 'test: offline' });
    const headers: Record<string, string> = { Origin: baseUrl, ...options.headers };
    if (options.credentials.sessionCookie) headers.Cookie = `lead_session=${options.credentials.sessionCookie}`;
    if (options.credentials.deviceToken) headers.Authorization = `Bearer ${options.credentials.deviceToken}`;
    return sendRequest(method, baseUrl + path, requestOptions, headers);
  };
  // As the app does (src/sync/app-sync.ts): the device says what it knows of its storage.
  const transport = httpSyncTransport(request, { now, deviceStorage: () => store.storageReport() });
  const client = createSyncClient({
    store,
    transport: options.wrap ? options.wrap(transport) : transport,
    live: false,
    now: () => new Date(now()),
    ...options.client,
  });
  return {
    deviceId: options.deviceId,
    actor: options.actor,
    store,
    client,
    sent,
    moveTo(url) {
      baseUrl = url;
    },
    goOffline() {
      offline = true;
    },
    goOnline() {
      offline = false;
    },
  };
}

/** Stock on hand per item as this device sees it. */
export async function stockOn(device: TestDevice): Promise<Record<string, number>> {
  return Object.fromEntries([...stockLevels(await device.store.allViews())].sort());
}

export async function expectSynced(device: TestDevice): Promise<void> {
  const result = await device.client.syncNow();
  if (!result.ok) throw new Error(`sync failed: ${result.failure.error} ${result.failure.message}`);
}
