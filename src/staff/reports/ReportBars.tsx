/**
 * The report sections whose figures have no day axis: handed out (bars by category) and unmet
 * need (bars by reason), each bar chart with its summary sentence and its table behind a toggle.
 */
import { useMemo } from 'preact/hooks';
import type { ReportResponse } from '../../core/reports/api.js';
import { isSuppressed } from '../../core/reports/small-cells.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { type Bar, summarizeBars, unmetByReason } from './bar-figures.js';
import { CountTable } from './CountTable.js';
import { ReportChart } from './ReportChart.js';
import { Section } from './ReportSections.js';
import { localizeRows } from './report-text.js';

type Report = ReportResponse;

/** A bar chart, its sentence, and its figures as a table behind "Show as table". */
function BarFigure(props: {
  title: string;
  head: readonly [string, string];
  bars: readonly Bar[];
  kind: 'handed-out' | 'unmet';
}) {
  const { title, head, bars, kind } = props;
  const categories = useMemo(() => bars.map((bar) => bar.label), [bars]);
  const values = useMemo(() => bars.map((bar) => (isSuppressed(bar.value) ? null : bar.value)), [bars]);
  if (bars.length === 0) return null;
  const summary = summarizeBars(bars, {
    lead: (list) => t.value(kind === 'handed-out' ? 'reports.bars.handedOutLead' : 'reports.bars.unmetLead', { list }),
    notDrawn: (list) => t.value('reports.bars.notDrawn', { list }),
    none: t.value('reports.summary.none', { what: title }),
    joiner: t.value('reports.bars.then'),
    cell: (text) => localizeRows([[''], [text]])[1]?.[0] ?? text,
    language: currentLanguage.value,
  });
  return (
    <div class="report-bars">
      <h3>{title}</h3>
      <ReportChart kind="bars" label={title} categories={categories} values={values} />
      <p class="report-summary">{summary}</p>
      <details class="report-details">
        <summary>{t.value('reports.showTable')}</summary>
        <CountTable caption={title} head={head} rows={bars.map((bar) => [bar.label, bar.value] as const)} />
      </details>
    </div>
  );
}

export function HandedOutSection({ report }: { report: Report }) {
  const bars = useMemo<Bar[]>(
    () =>
      report.handedOutByCategory.map((row) => ({
        label: row.category ? t.value(`catalog.category.${row.category}`) : '—',
        value: row.total,
      })),
    [report, t.value],
  );
  return (
    <Section id="handed-out" title={t.value('reports.handedOut.title')} report={report} table="handed-out">
      <BarFigure
        title={t.value('reports.handedOut.byCategory')}
        head={[t.value('reports.col.category'), t.value('reports.col.total')]}
        bars={bars}
        kind="handed-out"
      />
    </Section>
  );
}

export function UnmetSection({ report }: { report: Report }) {
  const bars = useMemo<Bar[]>(
    () =>
      unmetByReason(report.unmetNeed).map((row) => ({
        label: t.value(`reports.reason.${row.reason}`),
        value: row.quantity,
      })),
    [report, t.value],
  );
  return (
    <Section id="unmet-need" title={t.value('reports.unmet.title')} report={report} table="unmet-need">
      <BarFigure
        title={t.value('reports.unmet.byReason')}
        head={[t.value('reports.col.reason'), t.value('reports.col.quantityUnmet')]}
        bars={bars}
        kind="unmet"
      />
    </Section>
  );
}
