/**
 * A device whose clock is off (ADR 0022): the stamps the server moved back replace this device's
 * copies, and the offset the server's clock shows is kept so the next stamps are right.
 */
import { clockAfterSettling, nextClockOffset, shiftedStamp } from '../core/ops/clock.js';
import type { DropinDb } from './db.js';
import { readClock, readClockOffset, runWrite } from './op-write.js';

export interface SettledStamp {
  readonly id: string;
  readonly at: string;
}

/**
 * Rewrites the stamps of these ops in the log (and the outbox, if one is still queued), and
 * brings this device's clock back from where the wrong clock took it (`clockAfterSettling`).
 */
export function keepSettledStamps(db: DropinDb, stamps: readonly SettledStamp[], localNow: number): Promise<void> {
  return runWrite(db, ['ops', 'outbox', 'meta'], async (tx) => {
    const ops = tx.objectStore('ops');
    const outbox = tx.objectStore('outbox');
    const meta = tx.objectStore('meta');
    const [logged, queued, storedClock, storedOffset] = await Promise.all([
      Promise.all(stamps.map(({ id }) => ops.get(id))),
      Promise.all(stamps.map(({ id }) => outbox.index('byId').get(id))),
      meta.get('clock'),
      meta.get('clockOffset'),
    ]);
    const clock = readClock(storedClock);
    const correctedNow = localNow + readClockOffset(storedOffset);
    const settledClock = clockAfterSettling(
      clock,
      stamps.map(({ at }) => at),
      correctedNow,
    );
    await Promise.all([
      ...(settledClock === clock ? [] : [meta.put(settledClock, 'clock')]),
      ...stamps.flatMap(({ at }, index) => {
        const inLog = logged[index];
        const inOutbox = queued[index];
        return [...(inLog ? [ops.put({ ...inLog, at })] : []), ...(inOutbox ? [outbox.put({ ...inOutbox, at })] : [])];
      }),
    ]);
  });
}

/** What a push answer says about this device's clock. */
export interface ServerClockMeasure {
  /** The server's clock when it answered. */
  readonly serverTime?: number | undefined;
  /** How far the server moved the stamps it settled (its own measure of the error): preferred. */
  readonly settledShiftMs?: number | undefined;
}

/** The offset measured (server clock minus this device's own): a settled shift adds to the one in use. */
function measuredOffset(measure: ServerClockMeasure, localNow: number, inUse: number): number | undefined {
  if (measure.settledShiftMs !== undefined && Number.isFinite(measure.settledShiftMs)) {
    return inUse + measure.settledShiftMs;
  }
  return measure.serverTime === undefined ? undefined : measure.serverTime - localNow;
}

/**
 * Notes what a push answer says about this device's clock (`localNow`). When the offset this
 * device adds to its clock changes, the ops it has not sent yet, and its clock, move by the same
 * amount, so all its stamps and the time it reports keep one basis; only this device knows those
 * ops yet. Resolves with whether any op moved (its views then need folding again).
 */
export async function noteServerClock(db: DropinDb, measure: ServerClockMeasure, localNow: number): Promise<boolean> {
  const stored = readClockOffset(await db.get('meta', 'clockOffset'));
  const first = measuredOffset(measure, localNow, stored);
  if (first === undefined || nextClockOffset(stored, first) === stored) return false;
  return runWrite(db, ['ops', 'outbox', 'meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    const outbox = tx.objectStore('outbox');
    const ops = tx.objectStore('ops');
    const [storedOffset, storedClock, queued] = await Promise.all([
      meta.get('clockOffset'),
      meta.get('clock'),
      outbox.getAll(),
    ]);
    const before = readClockOffset(storedOffset);
    const measured = measuredOffset(measure, localNow, before) ?? before;
    const next = nextClockOffset(before, measured);
    const delta = next - before;
    if (delta === 0) return false;
    const clock = readClock(storedClock);
    const logged = await Promise.all(queued.map((op) => ops.get(op.id)));
    await Promise.all([
      meta.put(next, 'clockOffset'),
      meta.put({ ...clock, wall: Math.max(0, clock.wall + delta) }, 'clock'),
      ...queued.flatMap((op, index) => {
        const at = shiftedStamp(op.at, delta);
        const inLog = logged[index];
        return [outbox.put({ ...op, at }), ...(inLog ? [ops.put({ ...inLog, at })] : [])];
      }),
    ]);
    return queued.length > 0;
  });
}

/** This device's clock plus the offset it keeps: the time its stamps are on. */
export async function correctedNow(db: DropinDb, localNow: number): Promise<number> {
  return localNow + readClockOffset(await db.get('meta', 'clockOffset'));
}
