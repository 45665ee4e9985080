/** A lobby display keeps today's calls only: earlier days' call ops and views go in one purge. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeDisplayHistory } from '../../../src/store/display-retention.js';
import { opBuilder } from '../../support/op-factory.js';
import { closeAll, freshIndexedDb, openDevice } from './fixtures.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

const YESTERDAY = '2026-11-27';
const TODAY = '2026-11-28';
// Noon in Los Angeles on each day.
const AT_YESTERDAY = Date.UTC(2026, 10, 27, 20);
const AT_TODAY = Date.UTC(2026, 10, 28, 20);

describe('a lobby display', () => {
  it('forgets the calls of earlier days and keeps today’s', async () => {
    const { db, store } = await openDevice('display');
    const desk = opBuilder('device_desk', 'staff_maria', AT_YESTERDAY);
    const old = [
      desk.op({ type: 'ticket.called', payload: { requestId: 'req_old', ticket: 'A-9', day: YESTERDAY } }),
      desk.op({ type: 'ticket.notAnswered', payload: { requestId: 'req_old' } }),
      // A "no answer" whose call this display never saw.
      desk.op({ type: 'ticket.notAnswered', payload: { requestId: 'req_lone' } }),
    ];
    const today = [
      desk.op(
        { type: 'ticket.called', payload: { requestId: 'req_new', ticket: 'B-1', day: TODAY } },
        { now: AT_TODAY },
      ),
    ];
    await store.applyPulled({ serverId: 'server_1', cursor: 4, ops: [...old, ...today], views: [], directory: [] });
    expect([...(await store.allViews()).keys()].sort()).toEqual(['call:req_lone', 'call:req_new', 'call:req_old']);

    await purgeDisplayHistory(db, AT_TODAY + 60_000);

    expect([...(await store.allViews()).keys()]).toEqual(['call:req_new']);
    expect((await store.allOps()).map((op) => op.id)).toEqual(today.map((op) => op.id));
    // Running it again the same day changes nothing.
    await purgeDisplayHistory(db, AT_TODAY + 120_000);
    expect((await store.allOps()).map((op) => op.id)).toEqual(today.map((op) => op.id));
  });
});
