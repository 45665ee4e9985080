/**
 * The SQLite implementation of the storage interface (server/storage/types.ts), over one
 * better-sqlite3 connection. The work is synchronous underneath: each method runs its statements,
 * and its transaction, to the end before it resolves, so no transaction ever spans an await.
 * Pushes arriving in the same turn of the event loop share one transaction (push-group.ts).
 */
import type { Database } from 'better-sqlite3';
import { closeDatabase, isDatabaseHealthy, type OpenedDatabase, openDatabase } from '../../db/database.js';
import { schemaVersion } from '../../db/migrations.js';
import type { Storage } from '../types.js';
import { listAudit, recordAudit } from './audit.js';
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
import { createNewOpsListeners } from './new-ops.js';
import { appendServerOpsOnce, storeOps } from './op-log.js';
import { groupedPushes } from './push-group.js';
import { loadHmisSource, loadReportOps } from './reports.js';
import { anonymiseBefore } from './retention.js';
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
import { clearThrottle, recentThrottleFailures, recordThrottleFailure } from './throttles.js';
import { trustCookieKey } from './trust-key.js';
import { readView } from './views-table.js';

/** A storage over an SQLite database under `dataDir` (made and migrated on first start). */
export interface OpenedSqliteStorage extends Omit<OpenedDatabase, 'db'> {
  readonly storage: Storage;
}

export function openSqliteStorage(dataDir: string): OpenedSqliteStorage {
  const { db, file, migrated } = openDatabase(dataDir);
  return { storage: sqliteStorage(db), file, migrated };
}

/**
 * Runs one method's work to the end (synchronously, so its transaction never spans an await) and
 * settles with its result, or rejects with the storage's own error for a unique race.
 */
function run<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(storageErrorOf(error));
  }
}

/** The storage interface over an open, migrated connection; `close()` closes it. */
export function sqliteStorage(db: Database): Storage {
  // Only this process writes the file, so it alone can tell that ops were stored; it tells after
  // the commit (each transaction below has ended when its function returns).
  const newOps = createNewOpsListeners();
  const push = groupedPushes(
    db,
    (input) => storeOps(db, input),
    (batches) => {
      if (batches.some((batch) => batch.accepted > 0)) newOps.notify();
    },
  );
  return {
    ops: {
      serverId: () => run(() => serverIdOf(db)),
      latestCursor: () => run(() => latestCursor(db)),
      findView: (key) => run(() => readView(db, key)),
      push,
      pullPage: (scope, after, limit, site = 'all') => run(() => pullPage(db, scope, after, limit, site)),
      snapshot: (scope, now, site = 'all') => run(() => snapshot(db, scope, now, site)),
      appendServerOpsOnce: (marker, now, makeOps) =>
        run(() => {
          const appended = appendServerOpsOnce(db, marker, now, makeOps);
          if (appended) newOps.notify();
          return appended;
        }),
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
          db.transaction(() => {
            endSession(db, tokenHash, at);
            recordAudit(db, at, audit);
          })(),
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
    throttles: {
      recordFailure: (counted, at, from, limit) => run(() => recordThrottleFailure(db, counted, at, from, limit)),
      recentFailures: (counted, now, limit) => run(() => recentThrottleFailures(db, counted, now, limit)),
      clear: (counted) => run(() => clearThrottle(db, counted)),
    },
    healthy: () => run(() => isDatabaseHealthy(db)),
    schemaVersion: () => run(() => schemaVersion(db)),
    close: () => run(() => closeDatabase(db)),
  };
}
