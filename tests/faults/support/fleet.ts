/**
 * The fleet of a cell: the compiled server as a process over its DATA_DIR, the fault proxy in
 * front of it, and devices (kiosks paired with a token, staff laptops with a signed-in session)
 * that are the real op store, sync client and HTTP transport over fake-indexeddb.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiClient } from '../../server/support/api-client.js';
import { ADMIN } from '../../server/support/auth-fixtures.js';
import { type ServerProcess, startServerProcess } from '../../support/server-process.js';
import { type TestDevice, testDevice } from '../../unit/sync/sync-harness.js';
import { DEVICE_HEADER, type Fault, type FaultProxy, type ProxiedRequest, startFaultProxy } from './fault-proxy.js';

export type DeviceRole = 'kiosk' | 'staff';
/** `manual`: the device calls syncNow() after its writes; `scheduler`: the sync client's own loop runs. */
export type SyncMode = 'manual' | 'scheduler';

export interface DevicePlan {
  readonly label: string;
  readonly role: DeviceRole;
  readonly mode: SyncMode;
  /** How far this device's clock is off (ms). */
  readonly clockOffsetMs: number;
}

export interface FleetDevice extends TestDevice {
  readonly plan: DevicePlan;
  /** The kiosk's ticket letter (null on a laptop, which gives no tickets). */
  readonly ticketLetter: string | null;
  /** What this device's clock reads now. */
  now(): number;
  /** Rounds of the sync client that ended (ok or not), for waiting on the scheduler. */
  roundsEnded(): number;
}

export interface Fleet {
  readonly proxy: FaultProxy;
  readonly devices: readonly FleetDevice[];
  readonly dataDir: string;
  /** The admin's client, talking to the server directly (no faults): the checks read through it. */
  admin(): ApiClient;
  server(): ServerProcess;
  /** SIGKILL, then a new process on the same DATA_DIR; the proxy points at it and devices never move. */
  crashAndRestart(): Promise<void>;
  close(): Promise<void>;
}

const PASSWORD = 'fault-matrix-password';

export async function startFleet(options: {
  plans: readonly DevicePlan[];
  choose: (request: ProxiedRequest) => Fault | null;
  schedulerOptions: { readonly random: () => number };
}): Promise<Fleet> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dropin-faults-'));
  let server = await startServerProcess({ dataDir });
  const proxy = await startFaultProxy({ target: server.baseUrl, choose: options.choose });
  proxy.setFaults(false);
  let admin = await firstAdmin(server);

  const devices: FleetDevice[] = [];
  for (const plan of options.plans) {
    devices.push(await fleetDevice(plan, admin, server, proxy, options.schedulerOptions.random));
  }

  return {
    proxy,
    devices,
    dataDir,
    admin: () => admin,
    server: () => server,
    async crashAndRestart() {
      await server.crash();
      server = await startServerProcess({ dataDir });
      proxy.setTarget(server.baseUrl);
      // The session survives in the database; only the address changed.
      const moved = new ApiClient(server.baseUrl);
      moved.sessionCookie = admin.sessionCookie;
      admin = moved;
    },
    async close() {
      for (const device of devices) await device.client.stop();
      await proxy.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first admin, through the one-time setup link the first start prints. */
async function firstAdmin(server: ServerProcess): Promise<ApiClient> {
  const code = /\/staff\/setup#code=([\w-]+)/.exec(server.output())?.[1];
  const admin = new ApiClient(server.baseUrl);
  await expectOk(admin.post('/api/setup', { code, ...ADMIN }), 'setting up the first admin');
  return admin;
}

async function fleetDevice(
  plan: DevicePlan,
  admin: ApiClient,
  server: ServerProcess,
  proxy: FaultProxy,
  random: () => number,
): Promise<FleetDevice> {
  let rounds = 0;
  let syncing = false;
  const credentials = new ApiClient(server.baseUrl);
  let deviceId: string;
  let actor: string | null = null;
  let ticketLetter: string | null = null;
  if (plan.role === 'kiosk') {
    const pairing = await expectOk(
      admin.post<{ code: string }>('/api/devices/pairings', { name: `Kiosk ${plan.label}`, role: 'kiosk' }),
      'making a pairing code',
    );
    const paired = await expectOk(
      credentials.post<{ device: { id: string; ticketLetter: string | null }; token: string }>('/api/devices/pair', {
        code: pairing.code,
      }),
      'pairing a kiosk',
    );
    credentials.deviceToken = paired.token;
    deviceId = paired.device.id;
    ticketLetter = paired.device.ticketLetter;
  } else {
    const loginName = `staff_${plan.label}`;
    const created = await expectOk(
      admin.post<{ id: string }>('/api/staff', {
        role: 'staff',
        displayName: `Staff ${plan.label}`,
        loginName,
        secret: PASSWORD,
      }),
      'creating a staff account',
    );
    await expectOk(credentials.post('/api/session', { loginName, secret: PASSWORD }), 'signing in');
    // An unpaired laptop: the browser's own random id, as `localDeviceId` makes one.
    deviceId = `laptop_${plan.label}_${created.id.slice(-8)}`;
    actor = created.id;
  }
  const device = await testDevice({
    baseUrl: proxy.url,
    deviceId,
    actor,
    credentials,
    headers: { [DEVICE_HEADER]: plan.label },
    clockOffsetMs: plan.clockOffsetMs,
    client: {
      live: plan.mode === 'scheduler',
      // Short waits, so a run spends its time syncing rather than backing off; none is asserted.
      longPollSeconds: 1,
      periodMs: 500,
      writeDebounceMs: 5,
      writeBurstMaxMs: 20,
      backoff: { baseMs: 10, maxMs: 200 },
      random,
      onStatus: (status) => {
        if (status.phase === 'syncing') syncing = true;
        else if (syncing) {
          syncing = false;
          rounds += 1;
        }
      },
    },
  });
  return {
    ...device,
    plan,
    ticketLetter,
    now: () => Date.now() + plan.clockOffsetMs,
    roundsEnded: () => rounds,
  };
}

async function expectOk<T>(pending: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
