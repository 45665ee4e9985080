/** The devices area of the storage contract: pairing codes, pairing, ticket letters, revoking, last seen and synced. */
import { describe, expect, it } from 'vitest';
import type { Storage } from '../../../../server/storage/types.js';
import type { DeviceRole } from '../../../../src/core/auth/api.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

let made = 0;

/** A pairing code made by `staffId` and used at once; returns the device. */
async function pair(
  storage: Storage,
  staffId: string,
  name: string,
  role: DeviceRole = 'kiosk',
  at = T0,
  site?: string,
) {
  made += 1;
  const codeHash = `code-${made}`;
  await storage.devices.createPairingCode(
    { codeHash, name, role, createdBy: staffId, expiresAt: minutesAfter(at, 10), ...(site ? { site } : {}) },
    at,
    { action: 'pairing.created', actorId: staffId, target: name },
  );
  const device = await storage.devices.pair(
    { codeHash, id: `device-${made}`, tokenHash: `token-${made}`, at },
    (paired, pairedBy) => ({ action: 'device.paired', actorId: pairedBy, deviceId: paired.id, target: paired.name }),
  );
  if (!device) throw new Error('pairing failed');
  return { device, tokenHash: `token-${made}` };
}

export function devicesContract(make: MakeStorage): void {
  describe('devices', () => {
    const storage = freshStorageEach(make);

    it('pairs a device with a code once, names who paired it, and finds it by its token', async () => {
      const { devices, audit } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      const { device, tokenHash } = await pair(storage(), ana.id, 'Lobby tablet');
      expect(device).toMatchObject({
        name: 'Lobby tablet',
        role: 'kiosk',
        pairedBy: 'ana Person',
        pairedAt: T0.toISOString(),
        revokedAt: null,
        ticketLetter: 'A',
      });
      expect(await devices.findByToken(tokenHash)).toEqual(device);
      expect(await devices.find(device.id)).toEqual(device);
      const reused = await devices.pair({ codeHash: `code-${made}`, id: 'again', tokenHash: 'again', at: T0 }, () => ({
        action: 'device.paired',
      }));
      expect(reused).toBeUndefined();
      const entries = (await audit.list({ limit: 10 })).entries;
      expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
        ['device.paired', ana.id],
        ['pairing.created', ana.id],
      ]);
    });

    it('refuses an expired code and writes nothing', async () => {
      const { devices } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      await devices.createPairingCode(
        { codeHash: 'late', name: 'Late', role: 'kiosk', createdBy: ana.id, expiresAt: minutesAfter(T0, 10) },
        T0,
        { action: 'pairing.created' },
      );
      const late = await devices.pair({ codeHash: 'late', id: 'x', tokenHash: 'y', at: minutesAfter(T0, 10) }, () => ({
        action: 'device.paired',
      }));
      expect(late).toBeUndefined();
      expect(await devices.list()).toEqual([]);
    });

    it('gives each ticket-giving device a free letter, none to a display, and frees a revoked one’s', async () => {
      const { devices } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      const first = await pair(storage(), ana.id, 'Kiosk one');
      const display = await pair(storage(), ana.id, 'Lobby display', 'display');
      const second = await pair(storage(), ana.id, 'Desk laptop', 'staff');
      expect([first, display, second].map(({ device }) => device.ticketLetter)).toEqual(['A', null, 'B']);
      const revoked = await devices.revoke(first.device.id, minutesAfter(T0, 1), (device) => ({
        action: 'device.revoked',
        target: device.name,
      }));
      expect(revoked?.revokedAt).toBe(minutesAfter(T0, 1).toISOString());
      // Revoking again keeps the first time.
      expect((await devices.revoke(first.device.id, minutesAfter(T0, 2), () => ({ action: 'x' })))?.revokedAt).toBe(
        minutesAfter(T0, 1).toISOString(),
      );
      expect(await devices.revoke('no-such-device', T0, () => ({ action: 'x' }))).toBeUndefined();
      expect((await pair(storage(), ana.id, 'Kiosk three')).device.ticketLetter).toBe('A');
      expect((await devices.list()).map((device) => device.name)).toEqual([
        'Desk laptop',
        'Kiosk three',
        'Lobby display',
        'Kiosk one',
      ]);
    });

    it('puts a device at its code’s site (the first site by default), with letters unique per site', async () => {
      const ana = await makeStaff(storage(), 'ana', 'admin');
      const lobby = (await pair(storage(), ana.id, 'Lobby')).device;
      const patio = (await pair(storage(), ana.id, 'Patio', 'kiosk', T0, 'site-east')).device;
      const desk = (await pair(storage(), ana.id, 'Desk', 'staff', T0, 'site-east')).device;
      expect([lobby.site, patio.site, desk.site]).toEqual(['site-main', 'site-east', 'site-east']);
      // Each site calls its own tickets, so the first letter is free again at another site.
      expect([lobby.ticketLetter, patio.ticketLetter, desk.ticketLetter]).toEqual(['A', 'A', 'B']);
      expect((await storage().devices.find(patio.id))?.site).toBe('site-east');
    });

    it('notes when a device was last seen and last synced', async () => {
      const { devices } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      const { device } = await pair(storage(), ana.id, 'Kiosk');
      await devices.noteSeen(device.id, minutesAfter(T0, 3));
      await devices.noteSynced(device.id, minutesAfter(T0, 4));
      expect(await devices.find(device.id)).toMatchObject({
        lastSeenAt: minutesAfter(T0, 3).toISOString(),
        lastSyncAt: minutesAfter(T0, 4).toISOString(),
      });
    });

    it('a sign-in on a paired device ends the session that device had', async () => {
      const { accounts } = storage();
      const ana = await makeStaff(storage(), 'ana', 'admin');
      const bo = await makeStaff(storage(), 'bo');
      const { device } = await pair(storage(), ana.id, 'Shared laptop', 'staff');
      await accounts.startSession('ana-on-laptop', ana.id, device.id, T0);
      await accounts.startSession('ana-elsewhere', ana.id, null, T0);
      await accounts.startSession('bo-on-laptop', bo.id, device.id, minutesAfter(T0, 1));
      expect(await accounts.resumeSession('ana-on-laptop', minutesAfter(T0, 2))).toBeUndefined();
      expect(await accounts.resumeSession('ana-elsewhere', minutesAfter(T0, 2))).toBeDefined();
      expect(await accounts.resumeSession('bo-on-laptop', minutesAfter(T0, 2))).toBeDefined();
    });
  });
}
