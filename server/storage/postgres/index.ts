/**
 * The PostgreSQL implementation of the storage interface (server/storage/types.ts), over a
 * pg.Pool through Kysely (connect.ts). Each method that writes more than one row holds its own
 * transaction; several server processes may share the database (ADR 0018).
 */
import { sql } from 'kysely';
import type { Storage } from '../types.js';
import { listAudit, recordAudit } from './audit.js';
import { type OpenedPostgres, openPostgres } from './connect.js';
import { inTransaction } from './db.js';
import {
  createPairingCode,
  findDevice,
  findDeviceByToken,
  listDevices,
  noteDeviceSeen,
  noteDeviceStorage,
  noteDeviceSynced,
  pairDevice,
  revokeDevice,
} from './devices.js';
import { storageErrorOf } from './errors.js';
import { latestCursor, pullPage, serverIdOf, snapshot } from './feed.js';
import { type NewOpsSubscriptions, newOpsSubscriptions } from './notify.js';
import { appendServerOpsOnce, storeOps } from './op-log.js';
import { loadHmisSource, loadReportOps } from './reports.js';
import { anonymiseBefore } from './retention.js';
import { postgresSchemaVersion } from './schema.js';
import { endSession, resumeSession, sessionsOverlapping, startSession } from './sessions.js';
import { completeSetup, replaceSetupCode } from './setup-codes.js';
import {
  countActiveAdmins,
  createStaff,
  findStaffById,
  findStaffForSignIn,
  listStaff,
  loginNameTaken,
  resetStaffSecret,
  setStaffDisabled,
  updateStaff,
} from './staff.js';
import { staffStateAt } from './staff-history.js';
import { postgresThrottles } from './throttles.js';
import { trustCookieKey } from './trust-key.js';
import { readView } from './views-table.js';

export interface OpenedPostgresStorage {
  readonly storage: Storage;
  readonly migrated: { readonly from: number; readonly to: number };
}

/** Connects to `url` (a postgres:// URL), brings the schema up to date, and serves the interface. */
export async function openPostgresStorage(url: string, options: { max?: number } = {}): Promise<OpenedPostgresStorage> {
  const opened = await openPostgres(url, options);
  const newOps = newOpsSubscriptions(url);
  try {
    await newOps.ready;
  } catch (error) {
    await newOps.close();
    await opened.close();
    throw error;
  }
  return { storage: postgresStorage(opened, newOps), migrated: opened.migrated };
}

/** Settles with the work's result, or rejects with the storage's own error for a unique race. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageErrorOf(error);
  }
}

/** The interface over an opened pool and the LISTEN connection that feeds `onNewOps` (notify.ts). */
export function postgresStorage(opened: OpenedPostgres, newOps: NewOpsSubscriptions): Storage {
  const { db } = opened;
  return {
    ops: {
      serverId: () => run(() => serverIdOf(db)),
      latestCursor: () => run(() => latestCursor(db)),
      findView: (key) => run(() => readView(db, key)),
      push: (input) => run(() => storeOps(db, input)),
      pullPage: (scope, after, limit, site = 'all') => run(() => pullPage(db, scope, after, limit, site)),
      snapshot: (scope, now, site = 'all') => run(() => snapshot(db, scope, now, site)),
      appendServerOpsOnce: (marker, now, makeOps) => run(() => appendServerOpsOnce(db, marker, now, makeOps)),
      anonymiseBefore: (before, after, limit) => run(() => anonymiseBefore(db, before, after, limit)),
    },
    onNewOps: (listener) => newOps.subscribe(listener),
    accounts: {
      countActiveAdmins: () => run(() => countActiveAdmins(db)),
      findStaff: (id) => run(() => findStaffById(db, id)),
      findStaffForSignIn: (loginName) => run(() => findStaffForSignIn(db, loginName)),
      listStaff: () => run(() => listStaff(db)),
      loginNameTaken: (loginName) => run(() => loginNameTaken(db, loginName)),
      createStaff: (at, fields, audit) => run(() => createStaff(db, at, fields, audit)),
      updateStaff: (id, fields, at, audit) => run(() => updateStaff(db, id, fields, at, audit)),
      setStaffDisabled: (id, disabled, at, audit) => run(() => setStaffDisabled(db, id, disabled, at, audit)),
      resetStaffSecret: (id, hash, at, keep, audit) => run(() => resetStaffSecret(db, id, hash, at, keep, audit)),
      staffStateAt: (staffId, at) => run(() => staffStateAt(db, staffId, at)),
      startSession: (tokenHash, staffId, deviceId, at) => run(() => startSession(db, tokenHash, staffId, deviceId, at)),
      resumeSession: (tokenHash, now) => run(() => resumeSession(db, tokenHash, now)),
      endSession: (tokenHash, at, audit) =>
        run(() =>
          inTransaction(db, async (trx) => {
            await endSession(trx, tokenHash, at);
            await recordAudit(trx, at, audit);
          }),
        ),
      sessionsOverlapping: (staffId, from, until) => run(() => sessionsOverlapping(db, staffId, from, until)),
      replaceSetupCode: (codeHash, expiresAt) => run(() => replaceSetupCode(db, codeHash, expiresAt)),
      completeSetup: (codeHash, at, admin, audit) => run(() => completeSetup(db, codeHash, at, admin, audit)),
      trustCookieKey: (candidate) => run(() => trustCookieKey(db, candidate)),
    },
    devices: {
      list: () => run(() => listDevices(db)),
      find: (id) => run(() => findDevice(db, id)),
      findByToken: (tokenHash) => run(() => findDeviceByToken(db, tokenHash)),
      noteSeen: (id, now) => run(() => noteDeviceSeen(db, id, now)),
      noteSynced: (id, now) => run(() => noteDeviceSynced(db, id, now)),
      noteStorage: (id, report, now) => run(() => noteDeviceStorage(db, id, report, now)),
      createPairingCode: (code, at, audit) => run(() => createPairingCode(db, code, audit, at)),
      pair: (input, audit) => run(() => pairDevice(db, input, audit)),
      revoke: (id, at, audit) => run(() => revokeDevice(db, id, at, audit)),
    },
    audit: {
      record: (at, entry) => run(() => recordAudit(db, at, entry)),
      list: (page) => run(() => listAudit(db, page)),
    },
    reports: {
      reportOps: () => run(() => loadReportOps(db)),
      hmisSource: () => run(() => loadHmisSource(db)),
    },
    throttles: postgresThrottles(db),
    async healthy() {
      try {
        await sql`SELECT 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    schemaVersion: () => run(() => postgresSchemaVersion(db)),
    close: async () => {
      await newOps.close();
      await opened.close();
    },
  };
}
