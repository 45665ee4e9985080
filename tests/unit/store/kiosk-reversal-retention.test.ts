/**
 * A kiosk keeps an overdose reversal report (issue 16) no longer than a visit: queued until the
 * server has it, out of the log once it has, nothing of it after the center day, and a revoked
 * kiosk forgets a report that names someone (what is unsent stays queued).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpStore } from '../../../src/store/op-store.js';
import { closeAll, everything, freshIndexedDb, KIOSK, openDevice, received, STAFF } from './fixtures.js';
import { acknowledgeAll, DAY, dumpOf, NEXT_MORNING } from './kiosk-purge-support.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

const ANA = 'part_ana_0001';

/** The kiosk records a report as the reversal screen does; returns its op id. */
async function report(store: OpStore, reportId: string, participantId: string | null): Promise<string> {
  const op = await store.record(
    { type: 'overdose.reversalReported', payload: { reportId, day: DAY, participantId, replacementAsked: true } },
    KIOSK,
  );
  return op.id;
}

describe('a kiosk’s reversal reports', () => {
  it('stay queued and logged until the server has them, then leave the tablet', async () => {
    const { db, store } = await openDevice('report-synced');
    await report(store, 'report_anon_01', null);
    await report(store, 'report_ana_001', ANA);
    await store.purgeKioskHistory();
    const before = await dumpOf(db);
    expect(before).toContain('report_anon_01');
    expect(before).toContain(ANA);
    expect(await store.outboxCount()).toBe(2);

    await acknowledgeAll(store);
    await store.purgeKioskHistory();
    const after = await dumpOf(db);
    expect(after).not.toContain('report_');
    expect(after).not.toContain(ANA);
    expect(after).not.toContain('overdose.reversalReported');
  });

  it('after the center day ends leave nothing in the log or refusals; an unsent one stays only in the outbox', async () => {
    const { db, store, clock } = await openDevice('report-day-change');
    await store.record(received('item_naloxone_kit', 10), STAFF);
    const refused = await report(store, 'report_refused', null);
    await store.reject([{ id: refused, reason: 'forbidden', message: 'test' }]);
    const unsent = await report(store, 'report_unsent1', ANA);
    await store.purgeKioskHistory();
    // Today the refusal stays for staff to see (Today → This device).
    expect((await store.rejectedOps()).map((entry) => entry.op.id)).toEqual([refused]);

    clock.set(NEXT_MORNING);
    await store.purgeKioskHistory();
    const state = await everything(db);
    expect(JSON.stringify([state.ops, state.views, state.rejected, state.sameDay])).not.toContain('report_');
    const queued = (await store.outboxBatch(10)).filter((op) => op.type === 'overdose.reversalReported');
    expect(queued.map((op) => op.id)).toEqual([unsent]);

    await acknowledgeAll(store);
    await store.purgeKioskHistory();
    expect(await dumpOf(db, ['meta'])).not.toContain('report_');
  });

  it('that name someone are forgotten when the kiosk is revoked, but stay queued while unsent', async () => {
    const { db, store } = await openDevice('report-revoked');
    const unsent = await report(store, 'report_ana_001', ANA);
    await store.forgetPeople();
    const state = await everything(db);
    expect(JSON.stringify([state.ops, state.views, state.rejected])).not.toContain(ANA);
    expect((await store.outboxBatch(10)).map((op) => op.id)).toEqual([unsent]);
  });
});
