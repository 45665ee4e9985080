/** Today's "Overdose reversals reported today" counts each kiosk report of the day once. */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import { reversalsReportedOn } from '../../../../src/core/floor/reversals-today.js';
import { naloxoneKitTile } from '../../../../src/core/kiosk/naloxone-kit.js';
import { needTiles } from '../../../../src/core/kiosk/needs.js';
import { opBuilder } from '../../../support/op-factory.js';

const kiosk = opBuilder('device_kiosk_1', null);
const reportOn = (reportId: string, day: string, participantId: string | null = null) =>
  kiosk.op({ type: 'overdose.reversalReported', payload: { reportId, day, participantId, replacementAsked: false } });

describe('reversals reported on a day', () => {
  it('counts the day’s reports once each, whoever made them, and nothing else', () => {
    const first = reportOn('report_1', '2026-12-02');
    const ops = [
      first,
      first,
      reportOn('report_2', '2026-12-02', 'part_ana_0001'),
      reportOn('report_3', '2026-12-01'),
      kiosk.op({ type: 'stock.received', payload: { itemId: 'item_naloxone_kit', quantity: 3, kind: 'donation' } }),
    ];
    expect(reversalsReportedOn(ops, '2026-12-02')).toBe(2);
    expect(reversalsReportedOn(ops, '2026-12-01')).toBe(1);
    expect(reversalsReportedOn(ops, '2026-12-03')).toBe(0);
  });
});

describe('the replacement kit a report offers', () => {
  const items = SEED_CATALOG.map((seed) => ({ id: seed.id, ...seed.item }));

  it('is the naloxone kit, within stock and the per-visit limit', () => {
    expect(naloxoneKitTile(needTiles(items, new Map([['item_naloxone_kit', 4]])))).toMatchObject({
      item: { id: 'item_naloxone_kit' },
      availability: 'available',
      max: 2,
    });
    expect(naloxoneKitTile(needTiles(items, new Map()))?.max).toBe(0);
    const limitReached = needTiles(items, new Map([['item_naloxone_kit', 4]]), new Map([['item_naloxone_kit', 2]]));
    expect(naloxoneKitTile(limitReached)?.availability).toBe('limitReached');
  });

  it('is none when the catalog has no naloxone kit', () => {
    expect(
      naloxoneKitTile(
        needTiles(
          items.filter((item) => item.icon !== 'naloxone'),
          new Map(),
        ),
      ),
    ).toBeNull();
  });
});
