/**
 * Every table of a published report as rows of text, header first: what the CSV downloads hold
 * and what a page shows under each chart. Names and headers are in English.
 */
import type { Report } from './report.js';
import { type CellCount, cellText } from './small-cells.js';

export const REPORT_TABLES = [
  'visits',
  'handed-out',
  'unmet-need',
  'stock',
  'wait-times',
  'talks',
  'harm-reduction',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export type TableRows = readonly (readonly string[])[];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const number = (value: number | null) => (value === null ? '' : String(value));
const cell = (value: CellCount | null) => cellText(value);

/** The rows of one table, header row first. */
export function reportTable(report: Report<CellCount>, table: ReportTable): TableRows {
  switch (table) {
    case 'visits':
      return [
        ['day', 'scheduled opening', 'special opening', 'participants', 'visitors', 'total visits'],
        ...report.visits.map((d) => [
          d.day,
          yesNo(d.scheduled),
          yesNo(d.specialOpening),
          cell(d.participants),
          cell(d.visitors),
          String(d.total),
        ]),
      ];
    case 'handed-out':
      return [
        ['item', 'category', 'from requests', 'walk-up', 'total'],
        ...report.handedOut.map((r) => [r.name, r.category ?? '', cell(r.fromRequests), cell(r.walkUp), cell(r.total)]),
      ];
    case 'unmet-need':
      return [
        ['item', 'reason', 'quantity not handed out', 'requests'],
        ...report.unmetNeed.map((r) => [r.name, r.reason, cell(r.quantity), cell(r.requests)]),
      ];
    case 'stock':
      return [
        ['item', 'minimum', 'lowest', ...report.days],
        ...report.stock.map((s) => [s.name, number(s.minimum), String(s.lowest), ...s.levels.map(String)]),
      ];
    case 'wait-times':
      return [
        ['day', 'hand-outs', 'median minutes', '90th percentile minutes'],
        ...report.waitTimes.map((d) => [d.day, cell(d.handOuts), cell(d.medianMinutes), cell(d.p90Minutes)]),
      ];
    case 'talks':
      return [
        ['topic', 'outcome', 'reason', 'conversations'],
        ...report.talks.map((r) => [r.name, r.outcome, r.reason ?? '', cell(r.conversations)]),
      ];
    case 'harm-reduction': {
      const pack = report.harmReduction;
      return [
        ['measure', 'item', 'value'],
        ['naloxone kits distributed', '', cell(pack.naloxoneKits)],
        ...pack.discreetSupplies.map((r) => ['discreet supplies distributed', r.name, cell(r.quantity)]),
        ['overdose reversals reported', '', cell(pack.reversalsReported)],
        ['replacement kits asked', '', cell(pack.replacementKitsAsked)],
      ];
    }
  }
}
