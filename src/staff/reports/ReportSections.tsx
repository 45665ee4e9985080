/**
 * The report's sections, one per figure the API returns: a heading, a chart with its summary
 * sentence where the figure runs over days, and its table (behind "Show as table" under a chart).
 * The bar-chart sections (handed out, unmet need) are in ReportBars.tsx.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ReportResponse } from '../../core/reports/api.js';
import type { CellCount } from '../../core/reports/small-cells.js';
import { type ReportTable, reportTable } from '../../core/reports/tables.js';
import { t } from '../../i18n/index.js';
import { REFERRAL_LABEL } from '../participants/participant-labels.js';
import { CountTable } from './CountTable.js';
import { dayMark, markCounts } from './chart-marks.js';
import { type ChartSeries, type DayMark, ReportChart } from './ReportChart.js';
import { ReportTableView } from './ReportTableView.js';
import { drawable, summarizeSeries } from './report-text.js';

type Report = ReportResponse;

/** A figure's section: heading, optional extras, a line chart with its sentences, and its table. */
export function Section(props: {
  id: string;
  title: string;
  report: Report;
  table: ReportTable;
  chart?: { series: readonly ChartSeries[]; marks?: readonly DayMark[]; summary: string; note?: string } | undefined;
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
          <ReportChart label={title} days={report.days} series={chart.series} marks={chart.marks} />
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
  const marks = useMemo(() => report.visits.map(dayMark), [report]);
  const { special, closed } = markCounts(marks);
  return (
    <Section
      id="visits"
      title={t.value('reports.visits.title')}
      report={report}
      table="visits"
      chart={{
        series,
        marks,
        summary: summarizeSeries(t.value('reports.visits.what'), report.days, series[0]?.values ?? []),
        note: t.value('reports.visits.openings', { special, closed }),
      }}
    />
  );
}

export function PeopleSection({ report }: { report: Report }) {
  const { people } = report;
  const title = t.value('reports.people.title');
  return (
    <section class="panel report-section" aria-labelledby="report-people">
      <h2 id="report-people">{title}</h2>
      <CountTable
        caption={title}
        rows={[
          [t.value('reports.people.unduplicated'), people.unduplicated],
          [t.value('reports.people.newEnrolments'), people.newEnrolments],
          [t.value('reports.people.visitorVisits'), people.visitorVisits],
          ...people.byPathway.map((p): [string, CellCount] => [t.value(REFERRAL_LABEL[p.pathway]), p.participants]),
        ]}
      />
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

/** The figures shown as a table only. */
export function TableSection({ report, table }: { report: Report; table: 'talks' | 'harm-reduction' }) {
  const title = t.value(table === 'talks' ? 'reports.talks.title' : 'reports.pack.title');
  return <Section id={table} title={title} report={report} table={table} />;
}
