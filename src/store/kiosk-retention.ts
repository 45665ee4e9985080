/**
 * A kiosk forgetting what it no longer needs, each in one transaction: after sync (only the
 * same-day records stay, until the day ends) and when it learns it was revoked (nobody at all).
 * The outbox is never touched: what the server has not acknowledged stays queued.
 */

import type { IDBPTransaction } from 'idb';
import { centerDay } from '../core/day.js';
import type { RequestView, VisitView } from '../core/fold/views.js';
import { isVisitOrRequestOp, planKioskPurge } from '../core/kiosk/retention.js';
import { type SameDayRecord, sameDayKey, sameDayRecordOf } from '../core/kiosk/same-day.js';
import type { Op } from '../core/ops/op.js';
import type { DropinDb, DropinSchema } from './db.js';
import { clearDirectory } from './directory-store.js';
import { runWrite } from './op-write.js';

/** The stores a purge reads and writes (the outbox only read, for what is still waiting). */
export const PURGE_STORES = ['ops', 'views', 'outbox', 'rejected', 'sameDay'] as const;
/** The stores forgetting everyone writes (plus the cursor in `meta`). */
export const FORGET_STORES = ['ops', 'views', 'rejected', 'sameDay', 'directorySegments', 'meta'] as const;
type ForgetTx = IDBPTransaction<DropinSchema, readonly (typeof FORGET_STORES)[number][], 'readwrite'>;

/**
 * Applies the kiosk retention rules (`planKioskPurge`) at `now`: answered visit and request ops
 * leave the log, answered views become same-day records or go, and earlier days go entirely.
 */
export function purgeKioskHistory(db: DropinDb, now: number): Promise<void> {
  return runWrite(db, PURGE_STORES, async (tx) => {
    const views = tx.objectStore('views');
    const [outbox, ops, visits, requests, kept, rejected] = await Promise.all([
      tx.objectStore('outbox').getAll(),
      tx.objectStore('ops').getAll(),
      views.index('byKind').getAll('visit') as Promise<VisitView[]>,
      views.index('byKind').getAll('request') as Promise<RequestView[]>,
      tx.objectStore('sameDay').getAll(),
      tx.objectStore('rejected').getAll(),
    ]);
    const plan = planKioskPurge({
      today: centerDay(new Date(now)),
      waiting: new Set(outbox.map((op) => op.id)),
      ops,
      visits,
      requests,
      kept,
      rejected,
    });
    const sameDay = tx.objectStore('sameDay');
    const refused = tx.objectStore('rejected');
    const replaced = new Map(rejected.map((entry) => [entry.op.id, entry]));
    await Promise.all([
      ...plan.deleteOps.map((id) => tx.objectStore('ops').delete(id)),
      ...plan.deleteViews.map((key) => views.delete(key)),
      ...plan.keep.map((record) => sameDay.put(record, sameDayKey(record))),
      ...plan.forget.map((key) => sameDay.delete(key)),
      ...plan.deleteRejected.map((id) => refused.delete(id)),
      ...plan.replaceRejected.flatMap((op) => {
        const entry = replaced.get(op.id);
        return entry ? [refused.put({ ...entry, op })] : [];
      }),
    ]);
  });
}

/**
 * What the same-day rules read: the kept records plus those of views not yet purged (not synced
 * yet, or synced since the last purge), read together so nothing slips between them.
 */
export async function sameDayRecords(db: DropinDb): Promise<SameDayRecord[]> {
  const tx = db.transaction(['views', 'sameDay']);
  const byKind = tx.objectStore('views').index('byKind');
  const [kept, visits, requests] = await Promise.all([
    tx.objectStore('sameDay').getAll(),
    byKind.getAll('visit') as Promise<VisitView[]>,
    byKind.getAll('request') as Promise<RequestView[]>,
    tx.done,
  ]);
  const fromViews = [...visits, ...requests].flatMap((view) => sameDayRecordOf(view) ?? []);
  return [...kept, ...fromViews];
}

/**
 * The part of `sameDayRecords` that the same-day rules (`returningVisit`) read for one participant
 * on `day`: their visits that day (kept records and views) and every record of those visits. Index
 * lookups in one transaction, so a check-in costs the same whatever history the kiosk holds.
 */
export async function sameDayRecordsOf(db: DropinDb, participantId: string, day: string): Promise<SameDayRecord[]> {
  const tx = db.transaction(['views', 'sameDay']);
  const views = tx.objectStore('views');
  const sameDay = tx.objectStore('sameDay');
  const [keptVisits, visitViews] = await Promise.all([
    sameDay.index('byParticipantDay').getAll([participantId, day]),
    views.index('byParticipantDay').getAll([participantId, day]),
  ]);
  const visits = [
    ...keptVisits.filter((record) => record.kind === 'visit'),
    ...visitViews.flatMap((view) => (view.kind === 'visit' ? (sameDayRecordOf(view) ?? []) : [])),
  ];
  const ofVisits = await Promise.all(
    [...new Set(visits.map((visit) => visit.visitId))].map(async (visitId) => {
      const [kept, requests] = await Promise.all([
        sameDay.index('byVisit').getAll(visitId),
        views.index('byRequestVisit').getAll(visitId),
      ]);
      return [
        ...kept.filter((record) => record.kind === 'request'),
        ...requests.flatMap((view) => (view.kind === 'request' ? (sameDayRecordOf(view) ?? []) : [])),
      ];
    }),
  );
  await tx.done;
  return [...visits, ...ofVisits.flat()];
}

/**
 * Inside `tx`: forgets everyone this kiosk could name or recognise: the directory, the same-day
 * records, visit, request and participant views, their ops in the log and their refusals, and the
 * cursor (so pairing again starts from a fresh snapshot). The outbox keeps every unsent op.
 */
export async function forgetPeopleInTransaction(tx: ForgetTx): Promise<void> {
  const views = tx.objectStore('views');
  const ops = tx.objectStore('ops');
  const rejected = tx.objectStore('rejected');
  const [visitKeys, requestKeys, participantKeys, logged, refused] = await Promise.all([
    views.index('byKind').getAllKeys('visit'),
    views.index('byKind').getAllKeys('request'),
    views.index('byKind').getAllKeys('participant'),
    ops.getAll(),
    rejected.getAll(),
  ]);
  await Promise.all([
    clearDirectory(tx),
    tx.objectStore('sameDay').clear(),
    tx.objectStore('meta').delete('syncCursor'),
    ...[...visitKeys, ...requestKeys, ...participantKeys].map((key) => views.delete(key)),
    ...logged.filter(isPersonOp).map((op) => ops.delete(op.id)),
    ...refused.filter((entry) => isPersonOp(entry.op)).map((entry) => rejected.delete(entry.op.id)),
  ]);
}

/** `forgetPeopleInTransaction` in a transaction of its own. */
export function forgetPeople(db: DropinDb): Promise<void> {
  return runWrite(db, FORGET_STORES, forgetPeopleInTransaction);
}

function isPersonOp(op: Pick<Op, 'type'>): boolean {
  return isVisitOrRequestOp(op) || op.type.startsWith('participant.') || op.type.startsWith('card.');
}
