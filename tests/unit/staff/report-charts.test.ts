/**
 * The report charts' pure rules: unmet need summed per reason (small cells kept honest), the bar
 * charts' summary sentences in English and Spanish, and which days the visits chart marks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FEWER_THAN_5, NOT_SHOWN } from '../../../src/core/reports/small-cells.js';
import { currentLanguage, t } from '../../../src/i18n/index.js';
import { type BarWords, summarizeBars, unmetByReason } from '../../../src/staff/reports/bar-figures.js';
import { dayMark, markCounts } from '../../../src/staff/reports/chart-marks.js';
import { localizeRows } from '../../../src/staff/reports/report-text.js';

const words = (lead: 'reports.bars.handedOutLead' | 'reports.bars.unmetLead'): BarWords => ({
  lead: (list) => t.value(lead, { list }),
  notDrawn: (list) => t.value('reports.bars.notDrawn', { list }),
  none: t.value('reports.summary.none', { what: 'bars' }),
  joiner: t.value('reports.bars.then'),
  cell: (text) => (text === 'fewer than 5' ? t.value('reports.word.fewerThan5') : t.value('reports.word.notShown')),
  language: currentLanguage.value,
});

afterEach(() => {
  currentLanguage.value = 'en';
});

describe('unmetByReason', () => {
  it('sums the quantity per reason across items, in the reasons’ order, leaving out reasons with no rows', () => {
    expect(
      unmetByReason([
        { reason: 'cancelled', quantity: 6 },
        { reason: 'outOfStock', quantity: 20 },
        { reason: 'outOfStock', quantity: 11 },
        { reason: 'partlyHandedOut', quantity: 0 },
      ]),
    ).toEqual([
      { reason: 'outOfStock', quantity: 31 },
      { reason: 'partlyHandedOut', quantity: 0 },
      { reason: 'cancelled', quantity: 6 },
    ]);
  });
  it('a reason whose only row is a small cell is "fewer than 5"; beside other rows its sum is not shown', () => {
    expect(
      unmetByReason([
        { reason: 'limitReached', quantity: FEWER_THAN_5 },
        { reason: 'outOfStock', quantity: 12 },
        { reason: 'outOfStock', quantity: FEWER_THAN_5 },
      ]),
    ).toEqual([
      { reason: 'outOfStock', quantity: NOT_SHOWN },
      { reason: 'limitReached', quantity: FEWER_THAN_5 },
    ]);
  });
});

describe('the unmet-need table', () => {
  it('names the reasons as the bar chart does, in the page’s language', () => {
    const rows = [
      ['item', 'reason'],
      ['Tent', 'outOfStock'],
      ['Tent', 'partlyHandedOut'],
    ];
    expect(localizeRows(rows)).toEqual([
      ['Item', 'Reason'],
      ['Tent', 'out of stock'],
      ['Tent', 'partly handed out'],
    ]);
    currentLanguage.value = 'es';
    expect(localizeRows(rows)[1]).toEqual(['Tent', 'agotado']);
  });
});

describe('the handed-out table', () => {
  it('names categories as the catalog does, only in the category column', () => {
    currentLanguage.value = 'en';
    const rows = [
      ['item', 'category', 'total'],
      ['clothing', 'clothing', '7'],
      ['Pet food', 'pets', '3'],
      ['Mystery', 'notACategory', '1'],
    ];
    expect(localizeRows(rows).slice(1)).toEqual([
      ['clothing', 'Clothing', '7'],
      ['Pet food', 'Pets', '3'],
      ['Mystery', 'notACategory', '1'],
    ]);
    currentLanguage.value = 'es';
    expect(localizeRows(rows)[1]?.[1]).toBe('Ropa');
  });
});

describe('summarizeBars', () => {
  it('names the bars largest first, ties by label, and the small cells that have no bar', () => {
    const bars = [
      { label: 'Hygiene', value: 45 },
      { label: 'Pets', value: FEWER_THAN_5 },
      { label: 'Food', value: 120 },
      { label: 'Clothing', value: 45 },
    ];
    expect(summarizeBars(bars, words('reports.bars.handedOutLead'))).toBe(
      'Most handed out: Food (120), then Clothing (45), then Hygiene (45). Not drawn: Pets (fewer than 5).',
    );
  });
  it('says so when every bar is a small cell, and when there are none', () => {
    const unmet = words('reports.bars.unmetLead');
    expect(summarizeBars([{ label: 'cancelled', value: FEWER_THAN_5 }], unmet)).toBe(
      'Not drawn: cancelled (fewer than 5).',
    );
    expect(summarizeBars([], unmet)).toBe('No bars to show in this range.');
  });
  it('speaks Spanish on a Spanish page', () => {
    currentLanguage.value = 'es';
    const bars = [
      { label: 'agotado', value: 31 },
      { label: 'cancelado', value: FEWER_THAN_5 },
      { label: 'límite alcanzado', value: 4 },
    ];
    expect(summarizeBars(bars, words('reports.bars.unmetLead'))).toBe(
      'No entregado, de más a menos: agotado (31), luego límite alcanzado (4). Sin barra: cancelado (menos de 5).',
    );
  });
});

describe('dayMark', () => {
  it('marks closed days and special openings (a special opening on a scheduled day is special)', () => {
    const days = [
      { scheduled: true, specialOpening: false },
      { scheduled: false, specialOpening: false },
      { scheduled: false, specialOpening: true },
      { scheduled: true, specialOpening: true },
      { scheduled: false, specialOpening: false },
    ];
    const marks = days.map(dayMark);
    expect(marks).toEqual([null, 'closed', 'special', 'special', 'closed']);
    expect(markCounts(marks)).toEqual({ closed: 2, special: 2 });
  });
});
