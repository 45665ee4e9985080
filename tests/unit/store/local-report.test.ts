/**
 * A staff device computes the report from its own store (fake IndexedDB), with the same numbers
 * as the core over the same ops, and from its views when it started from a snapshot.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishReport } from '../../../src/core/reports/publish.js';
import { computeReport } from '../../../src/core/reports/report.js';
import { computeLocalReport } from '../../../src/staff/reports/local-report.js';
import { closeAll, freshIndexedDb, KIOSK, openDevice, received, STAFF, testClock, visitorCheckIn } from './fixtures.js';

const DAY = '2026-01-07';
const range = { from: DAY, to: DAY };
const visitor = (n: number) => visitorCheckIn(n, DAY);

beforeEach(async () => {
  await freshIndexedDb();
});
afterEach(async () => {
  await closeAll();
});

describe('computeLocalReport', () => {
  it('gives the same published figures as the core over the same ops, with the time it was computed', async () => {
    const { store } = await openDevice('laptop', testClock(Date.parse(`${DAY}T20:00:00Z`)));
    for (let n = 1; n <= 6; n += 1) await store.record(visitor(n), KIOSK);
    await store.record(received('item_blanket', 9), STAFF);
    const local = await computeLocalReport(store, range, () => new Date('2026-01-07T21:00:00Z'));
    expect(local.computedAt).toBe('2026-01-07T21:00:00.000Z');
    expect(local.report).toEqual(publishReport(computeReport(await store.allOps(), range)));
    expect(local.report.visits[0]).toMatchObject({ visitors: 6, total: 6 });
    expect(local.report.stock[0]).toMatchObject({ itemId: 'item_blanket', levels: [9] });
  });

  it('counts visits from the views of a device that started from a snapshot and holds none of their ops', async () => {
    const { store: first } = await openDevice('first', testClock(Date.parse(`${DAY}T20:00:00Z`)));
    for (let n = 1; n <= 5; n += 1) await first.record(visitor(n), KIOSK);
    const views = [...(await first.allViews())].map(([key, view]) => ({ key, view }));
    const { store: second } = await openDevice('second');
    await second.applySnapshot({ serverId: 'server_1', cursor: 5, views: views as never, directory: [] });
    expect(await second.allOps()).toEqual([]);
    const local = await computeLocalReport(second, range);
    expect(local.report.visits[0]).toMatchObject({ visitors: 5, total: 5 });
  });
});
