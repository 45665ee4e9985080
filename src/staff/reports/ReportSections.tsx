/**
 * The report's sections, one per figure the API returns: a heading, a chart with its summary
 * sentence where the figure runs over days, and its table (behind "Show as table" under a chart).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ReportResponse } from '../../core/reports/api.js';
import { type CellCount, cellText } from '../../core/reports/small-cells.js';
import { type ReportTable, reportTable } from '../../core/reports/tables.js';
import { t } from '../../i18n/index.js';
import { TableWrap } from '../../ui/TableWrap.js';
import { REFERRAL_LABEL } from '../participants/participant-labels.js';
import { type ChartSeries, ReportChart } from './ReportChart.js';
import { ReportTableView } from './ReportTableView.js';
import { drawable, localizeRows, summarizeSeries } from './report-text.js';

type Report = ReportResponse;

function Section(props: {
  id: string;
  title: string;
  report: Report;
  table: ReportTable;
  chart?: { series: readonly ChartSeries[]; summary: string; note?: string } | undefined;
  children?: ComponentChildren;
}) {
  const { id, title, report, table, chart, children } = props;
  // The published report's shape is the core's; the table rows come from the same function as the CSV.
  const rows = reportTable(report as Parameters<typeof reportTable>[0], table);
  return (
    <section class="panel report-section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
      {chart && (
        <>
          <ReportChart label={title} days={report.days} series={chart.series} />
          <p class="report-summary">{chart.summary}</p>
          {chart.note && <p class="report-note">{chart.note}</p>}
        </>
      )}
      <ReportTableView caption={title} table={table} rows={rows} range={report.range} toggle={chart !== undefined} />
    </section>
  );
}

export function VisitsSection({ report }: { report: Report }) {
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: t.value('reports.col.totalVisits'), values: report.visits.map((d) => d.total), dash: [] },
      {
        label: t.value('reports.col.participants'),
        values: report.visits.map((d) => drawable(d.participants)),
        dash: [8, 4],
      },
      { label: t.value('reports.col.visitors'), values: report.visits.map((d) => drawable(d.visitors)), dash: [2, 3] },
    ],
    [report, t.value],
  );
  const special = report.visits.filter((d) => d.specialOpening).length;
  const closed = report.visits.filter((d) => !d.scheduled && !d.specialOpening).length;
  return (
    <Section
      id="visits"
      title={t.value('reports.visits.title')}
      report={report}
      table="visits"
      chart={{
        series,
        summary: summarizeSeries(t.value('reports.visits.what'), report.days, series[0]?.values ?? []),
        note: t.value('reports.visits.openings', { special, closed }),
      }}
    />
  );
}

const count = (value: CellCount) => localizeRows([[''], [cellText(value)]])[1]?.[0] ?? '';

export function PeopleSection({ report }: { report: Report }) {
  const { people } = report;
  const rows: [string, CellCount][] = [
    [t.value('reports.people.unduplicated'), people.unduplicated],
    [t.value('reports.people.newEnrolments'), people.newEnrolments],
    [t.value('reports.people.visitorVisits'), people.visitorVisits],
    ...people.byPathway.map((p): [string, CellCount] => [t.value(REFERRAL_LABEL[p.pathway]), p.participants]),
  ];
  const title = t.value('reports.people.title');
  return (
    <section class="panel report-section" aria-labelledby="report-people">
      <h2 id="report-people">{title}</h2>
      <TableWrap>
        <table class="table report-table">
          <caption>{title}</caption>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{count(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

export function WaitTimesSection({ report }: { report: Report }) {
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        label: t.value('reports.col.median'),
        values: report.waitTimes.map((d) => drawable(d.medianMinutes)),
        dash: [],
      },
      { label: t.value('reports.col.p90'), values: report.waitTimes.map((d) => drawable(d.p90Minutes)), dash: [8, 4] },
    ],
    [report, t.value],
  );
  const medians = series[0]?.values ?? [];
  const shown = medians.filter((v): v is number => v !== null);
  const summary =
    shown.length === 0
      ? t.value('reports.waits.none')
      : t.value('reports.waits.summary', { low: Math.min(...shown), high: Math.max(...shown), days: shown.length });
  return (
    <Section
      id="waits"
      title={t.value('reports.waits.title')}
      report={report}
      table="wait-times"
      chart={{ series, summary }}
    />
  );
}

export function StockSection({ report }: { report: Report }) {
  const [chosen, setChosen] = useState<readonly string[]>(() => report.stock.slice(0, 3).map((s) => s.itemId));
  const picked = report.stock.filter((s) => chosen.includes(s.itemId));
  const series: ChartSeries[] = picked.flatMap((s, index) => {
    const line: ChartSeries = { label: s.name, values: s.levels, dash: [[], [8, 4], [2, 3]][index % 3] ?? [] };
    if (s.minimum === null) return [line];
    const minimum = s.minimum;
    return [
      line,
      {
        label: t.value('reports.stock.minimumOf', { name: s.name }),
        values: s.levels.map(() => minimum),
        dash: [1, 6],
        shade: '#9ca3af',
      },
    ];
  });
  const summary =
    picked.length === 0
      ? t.value('reports.stock.noneChosen')
      : picked
          .map((s) =>
            t.value(s.minimum !== null && s.lowest < s.minimum ? 'reports.stock.belowMinimum' : 'reports.stock.line', {
              name: s.name,
              first: s.levels[0] ?? 0,
              last: s.levels[s.levels.length - 1] ?? 0,
              lowest: s.lowest,
              minimum: s.minimum ?? 0,
            }),
          )
          .join(' ');
  const toggle = (itemId: string, on: boolean) =>
    setChosen((now) => (on ? [...now, itemId] : now.filter((id) => id !== itemId)));
  return (
    <Section
      id="stock"
      title={t.value('reports.stock.title')}
      report={report}
      table="stock"
      chart={picked.length > 0 ? { series, summary } : undefined}
    >
      {report.stock.length > 0 && (
        <fieldset class="report-stock-picker">
          <legend>{t.value('reports.stock.pick')}</legend>
          {report.stock.map((s) => (
            <label key={s.itemId} class="report-stock-picker__item">
              <input
                type="checkbox"
                checked={chosen.includes(s.itemId)}
                onChange={(event) => toggle(s.itemId, event.currentTarget.checked)}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
      )}
    </Section>
  );
}

/** The figures without a day axis: a table each. */
export function TableSection({
  report,
  table,
}: {
  report: Report;
  table: 'handed-out' | 'unmet-need' | 'talks' | 'harm-reduction';
}) {
  const titles = {
    'handed-out': 'reports.handedOut.title',
    'unmet-need': 'reports.unmet.title',
    talks: 'reports.talks.title',
    'harm-reduction': 'reports.pack.title',
  } as const;
  return (
    <Section id={table} title={t.value(titles[table])} report={report} table={table}>
      {table === 'handed-out' && <CategoryTotals report={report} />}
    </Section>
  );
}

/** Handed out by category (the items' rows are in the table below it). */
function CategoryTotals({ report }: { report: Report }) {
  if (report.handedOutByCategory.length === 0) return null;
  const caption = t.value('reports.handedOut.byCategory');
  return (
    <TableWrap>
      <table class="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value('reports.col.category')}</th>
            <th scope="col">{t.value('reports.col.total')}</th>
          </tr>
        </thead>
        <tbody>
          {report.handedOutByCategory.map((row) => (
            <tr key={row.category ?? 'none'}>
              <th scope="row">{row.category ? t.value(`catalog.category.${row.category}`) : '—'}</th>
              <td>{count(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
