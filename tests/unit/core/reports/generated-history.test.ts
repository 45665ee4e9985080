/**
 * The report figures over five generated weeks (fixed seed), against the figures the generator
 * counted while it made the history: a second, straightforward computation.
 */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import { Op } from '../../../../src/core/ops/op.js';
import { computeReport } from '../../../../src/core/reports/report.js';
import { allDays, DISCREET, generateHistory, SPECIAL_DAY, TOPICS, TRACKED } from './generated-history.js';

const range = { from: '2026-01-07', to: '2026-02-04' };
const { ops, facts } = generateHistory();
const days = allDays(range.from, range.to);
const within = (day: string) => range.from <= day && day <= range.to;
const nameOf = (itemId: string) => SEED_CATALOG.find((item) => item.id === itemId)?.item.names.en ?? itemId;
// Duplicates and any arrival order must not change a figure.
const report = computeReport([...ops].reverse().concat(ops.slice(0, 50)), range);

/** The smallest observed value with at least `tenths`/10 of the values at or below it. */
function percentile(values: number[], tenths: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.find((value) => 10 * sorted.filter((other) => other <= value).length >= tenths * sorted.length) ?? null;
}

describe('report figures over five generated weeks', () => {
  it('are made from valid ops, enough of each kind to mean something', () => {
    for (const op of ops) Op.parse(op);
    expect(ops.length).toBeGreaterThan(500);
    expect(facts.unmet.length).toBeGreaterThan(20);
    expect(facts.reversals.filter((r) => within(r.day)).length).toBeGreaterThan(0);
  });

  it('count visits per day, with opening days and the special opening marked', () => {
    expect(report.days).toEqual(days);
    expect(report.visits).toEqual(
      days.map((day) => {
        const participants = facts.participantVisits.get(day) ?? 0;
        const visitors = facts.visitorVisits.get(day) ?? 0;
        return {
          day,
          scheduled: [1, 3, 5].includes(new Date(`${day}T12:00:00Z`).getUTCDay()),
          specialOpening: day === SPECIAL_DAY,
          participants,
          visitors,
          total: participants + visitors,
        };
      }),
    );
    expect(report.visits.find((day) => day.day === SPECIAL_DAY)?.total).toBeGreaterThan(0);
  });

  it('count unduplicated participants, new enrolments and the referral pathway split', () => {
    const seen = new Set([...facts.seen].filter((key) => within(key.slice(0, 10))).map((key) => key.slice(11)));
    const pathways = [...seen].map((id) => facts.pathwayOf.get(id));
    expect(report.people.unduplicated).toBe(seen.size);
    expect(report.people.newEnrolments).toBe([...facts.enrolledOn.values()].filter(within).length);
    expect(report.people.visitorVisits).toBe(days.reduce((sum, day) => sum + (facts.visitorVisits.get(day) ?? 0), 0));
    const diversion = pathways.filter((p) => p === 'lawEnforcementDiversion').length;
    expect(report.people.byGroup).toEqual({ community: seen.size - diversion, lawEnforcementDiversion: diversion });
    for (const row of report.people.byPathway) {
      expect(row.participants).toBe(pathways.filter((p) => p === row.pathway).length);
    }
  });

  it('count items handed out from requests and walk-up, by item', () => {
    const expected = TRACKED.map((itemId) => {
      const rows = (facts.handed.get(itemId) ?? []).filter((row) => within(row.day));
      const fromRequests = rows.reduce((sum, row) => sum + row.fromRequests, 0);
      const walkUp = rows.reduce((sum, row) => sum + row.walkUp, 0);
      return { itemId, fromRequests, walkUp, total: fromRequests + walkUp };
    }).filter((row) => row.total > 0);
    expect(
      report.handedOut.map(({ itemId, fromRequests, walkUp, total }) => ({ itemId, fromRequests, walkUp, total })),
    ).toEqual(expect.arrayContaining(expected));
    expect(report.handedOut).toHaveLength(expected.length);
    const food = expected.filter((row) => ['item_warm_meal', 'item_snacks'].includes(row.itemId));
    expect(report.handedOutByCategory.find((row) => row.category === 'food')?.total).toBe(
      food.reduce((sum, row) => sum + row.total, 0),
    );
  });

  it('count unmet need by item and reason, never counting a topic or a request that lost', () => {
    const expected = new Map<string, { quantity: number; requests: number }>();
    for (const row of facts.unmet.filter((row) => within(row.day))) {
      const key = `${row.itemId}/${row.reason}`;
      const sum = expected.get(key) ?? { quantity: 0, requests: 0 };
      expected.set(key, { quantity: sum.quantity + row.quantity, requests: sum.requests + 1 });
    }
    const actual = new Map(
      report.unmetNeed.map((row) => [
        `${row.itemId}/${row.reason}`,
        { quantity: row.quantity, requests: row.requests },
      ]),
    );
    expect(actual).toEqual(expected);
    expect(report.unmetNeed.some((row) => TOPICS.includes(row.itemId))).toBe(false);
  });

  it('give each tracked item its closing level every day, its lowest and its minimum', () => {
    expect(report.stock.map((series) => series.itemId).sort()).toEqual([...TRACKED].sort());
    for (const series of report.stock) {
      const levels = days.map((day) => facts.closing.get(day)?.get(series.itemId) ?? 0);
      expect(series.levels, series.itemId).toEqual(levels);
      expect(series.lowest).toBe(Math.min(...levels));
      expect(series.minimum).toBe(SEED_CATALOG.find((item) => item.id === series.itemId)?.item.minimum);
      expect(series.name).toBe(nameOf(series.itemId));
    }
  });

  it('give the median and 90th percentile wait per day', () => {
    expect(report.waitTimes).toEqual(
      days.map((day) => {
        const waits = facts.waits.get(day) ?? [];
        return { day, handOuts: waits.length, medianMinutes: percentile(waits, 5), p90Minutes: percentile(waits, 9) };
      }),
    );
  });

  it('count conversations by topic and outcome', () => {
    const expected = new Map<string, number>();
    for (const talk of facts.talks.filter((talk) => within(talk.day))) {
      const key = `${talk.topicId}/${talk.outcome}/${talk.reason}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(
      new Map(report.talks.map((row) => [`${row.topicId}/${row.outcome}/${row.reason}`, row.conversations])),
    ).toEqual(expected);
  });

  it('make the harm-reduction pack from the ledger and the reversal reports, without a participant id', () => {
    const handed = (itemId: string) =>
      (facts.handed.get(itemId) ?? [])
        .filter((row) => within(row.day))
        .reduce((s, r) => s + r.fromRequests + r.walkUp, 0);
    const reversals = facts.reversals.filter((r) => within(r.day));
    expect(report.harmReduction.naloxoneKits).toBe(handed('item_naloxone_kit'));
    expect(report.harmReduction.discreetSupplies.map((row) => [row.itemId, row.quantity]).sort()).toEqual(
      DISCREET.map((itemId) => [itemId, handed(itemId)]).sort(),
    );
    expect(report.harmReduction.reversalsReported).toBe(reversals.length);
    expect(report.harmReduction.replacementKitsAsked).toBe(reversals.filter((r) => r.replacementAsked).length);
    expect(reversals.some((r) => r.participantId !== null)).toBe(true);
    const pack = JSON.stringify(report.harmReduction);
    for (const participantId of facts.pathwayOf.keys()) expect(pack).not.toContain(participantId);
  });
});
