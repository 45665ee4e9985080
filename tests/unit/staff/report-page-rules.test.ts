/**
 * The report page's rules below the browser: the preset ranges in center days, the custom
 * range's checks, the chart summaries, and the last report kept on the device (fake IndexedDB).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportResponse } from '../../../src/core/reports/api.js';
import { publishReport } from '../../../src/core/reports/publish.js';
import { computeReport } from '../../../src/core/reports/report.js';
import { currentLanguage } from '../../../src/i18n/index.js';
import { customRangeProblem, presetRange } from '../../../src/staff/reports/report-ranges.js';
import { localizeRows, summarizeSeries } from '../../../src/staff/reports/report-text.js';
import { closeDropinDb } from '../../../src/store/db.js';
import { getLastReport, keepLastReport } from '../../../src/store/last-report.js';

describe('presetRange', () => {
  it('today is the one center day', () => {
    expect(presetRange('today', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-02' });
  });
  it('this week runs from Monday to today, across a month end', () => {
    expect(presetRange('week', '2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-02' });
    expect(presetRange('week', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(presetRange('week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
  it('last month is the whole calendar month before, leap February and January included', () => {
    expect(presetRange('lastMonth', '2026-12-02')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('lastMonth', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('customRangeProblem', () => {
  it('names what is wrong with a custom range, and nothing when it is fine', () => {
    expect(customRangeProblem('', '2026-12-01')).toBe('missing');
    expect(customRangeProblem('2026-12-05', '2026-12-01')).toBe('order');
    expect(customRangeProblem('2025-01-01', '2026-12-01')).toBe('tooLong');
    expect(customRangeProblem('2026-11-01', '2026-12-01')).toBeNull();
  });
});

describe('chart summaries and table words', () => {
  beforeEach(() => {
    currentLanguage.value = 'en';
  });
  it('says where a line starts and ends and its total, skipping small cells', () => {
    expect(summarizeSeries('Visits', ['2026-11-30', '2026-12-01', '2026-12-04'], [12, null, 31])).toBe(
      'Visits went from 12 on Monday, November 30 to 31 on Friday, December 4; 43 in all.',
    );
    expect(summarizeSeries('Visits', ['2026-12-02'], [6])).toBe('Visits: 6 on Wednesday, December 2.');
    expect(summarizeSeries('visits', ['2026-12-02'], [null])).toBe('No visits to show in this range.');
  });
  it('translates headers and the small-cell words, never names', () => {
    currentLanguage.value = 'es';
    expect(
      localizeRows([
        ['item', 'total'],
        ['Socks', 'fewer than 5'],
      ]),
    ).toEqual([
      ['Artículo', 'Total'],
      ['Socks', 'menos de 5'],
    ]);
  });
});

describe('the last report kept on the device', () => {
  beforeEach(async () => {
    await closeDropinDb();
    globalThis.indexedDB = new IDBFactory();
  });
  it('keeps the last one with its time and source, replacing the one before', async () => {
    expect(await getLastReport()).toBeNull();
    const report = (day: string) => ReportResponse.parse(publishReport(computeReport([], { from: day, to: day })));
    await keepLastReport({ report: report('2026-12-01'), at: '2026-12-01T20:00:00.000Z', source: 'server' });
    await keepLastReport({ report: report('2026-12-02'), at: '2026-12-02T20:00:00.000Z', source: 'device' });
    const kept = await getLastReport();
    expect(kept?.report.range).toEqual({ from: '2026-12-02', to: '2026-12-02' });
    expect(kept).toMatchObject({ at: '2026-12-02T20:00:00.000Z', source: 'device' });
  });
});
