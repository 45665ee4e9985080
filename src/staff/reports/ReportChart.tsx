/**
 * A report chart drawn by uPlot, which is imported only here and only when a chart is shown (its
 * own chunk): lines over the report's days, or bars over categories. Lines differ by dash as well
 * as shade and day marks by fill and hatching, so a chart reads in greyscale and in print; the
 * summary sentence beside it says the same for screen readers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { currentLanguage, t } from '../../i18n/index.js';
import { type DayMark, drawDayMarks, markCounts } from './chart-marks.js';

export type { DayMark } from './chart-marks.js';

/** One line: its label, a value per day (null: nothing to draw, e.g. a small cell), its look. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Dash pattern in pixels; solid when empty. */
  readonly dash?: readonly number[];
  readonly shade?: string;
}

export type ReportChartProps =
  | {
      readonly kind?: 'lines';
      /** The chart's accessible name. */
      readonly label: string;
      readonly days: readonly string[];
      readonly series: readonly ChartSeries[];
      /** A mark per day (closed, special opening), drawn behind the lines. */
      readonly marks?: readonly DayMark[];
    }
  | {
      readonly kind: 'bars';
      readonly label: string;
      readonly categories: readonly string[];
      /** A value per category; null (a small cell) draws no bar. */
      readonly values: readonly (number | null)[];
    };

const SHADES = ['#1f2937', '#6b7280', '#111827', '#9ca3af'];
const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
const HEIGHT = 240;

/** Short day labels under the x axis ("Mon 12/1" style, in the page's language). */
function dayLabel(day: string, language: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return date.toLocaleDateString(language, { timeZone: 'UTC', weekday: 'short', month: 'numeric', day: 'numeric' });
}

/** uPlot's options and data for the props; `target` gets data attributes saying what was drawn. */
function chartSetup(
  UPlot: typeof uPlot,
  props: ReportChartProps,
  language: string,
  target: HTMLElement,
): [uPlot.Options, uPlot.AlignedData] {
  const xLabels = props.kind === 'bars' ? props.categories : props.days.map((day) => dayLabel(day, language));
  const xs = xLabels.map((_, index) => index);
  // Half a slot either side, so the first and last day's band (or bar) is whole.
  const x: uPlot.Scale = { time: false, range: () => [-0.5, Math.max(0, xs.length - 1) + 0.5] };
  const y: uPlot.Scale = { range: (_u, _min, max) => [0, Math.max(1, max)] };
  const xAxis: uPlot.Axis = {
    splits: () => xs,
    values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (xLabels[i] ?? '') : '')),
  };
  const common = { width: Math.max(target.clientWidth, 280), height: HEIGHT, legend: { live: false } };
  if (props.kind === 'bars') {
    let drawn = 0;
    const bars = UPlot.paths.bars?.({ size: [0.6, 72], each: () => (drawn += 1) });
    const options: uPlot.Options = {
      ...common,
      scales: { x, y },
      axes: [xAxis, {}],
      series: [
        {},
        { label: props.label, fill: '#4b5563', stroke: '#111827', width: 1, paths: bars, points: { show: false } },
      ],
      legend: { show: false },
      cursor: { show: false },
      hooks: {
        drawClear: [() => (drawn = 0)],
        draw: [() => (target.dataset.bars = String(drawn))],
      },
    };
    return [options, [xs, props.values.map((v) => v)] as uPlot.AlignedData];
  }
  const { series, marks = [] } = props;
  const counts = markCounts(marks);
  const options: uPlot.Options = {
    ...common,
    scales: { x, y },
    axes: [xAxis, {}],
    series: [
      {},
      ...series.map((s, index) => ({
        label: s.label,
        stroke: s.shade ?? SHADES[index % SHADES.length],
        width: 2,
        dash: [...(s.dash ?? DASHES[index % DASHES.length] ?? [])],
        points: { show: true, size: 6 },
        spanGaps: false,
      })),
    ],
    cursor: { show: false },
    hooks: {
      // Behind the grid and the lines: uPlot clears the canvas, then this paints the day bands.
      drawClear: [(u) => drawDayMarks(u, marks)],
      draw: [
        () => {
          target.dataset.closedDays = String(counts.closed);
          target.dataset.specialDays = String(counts.special);
        },
      ],
    },
  };
  return [options, [xs, ...series.map((s) => s.values.map((v) => v))] as uPlot.AlignedData];
}

export function ReportChart(props: ReportChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const language = currentLanguage.value;

  useEffect(() => {
    let chart: uPlot | undefined;
    let stopped = false;
    const target = box.current;
    if (!target) return;
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([{ default: UPlot }]) => {
        if (stopped) return;
        const [options, data] = chartSetup(UPlot, props, language, target);
        chart = new UPlot(options, data, target);
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      chart?.destroy();
    };
    // The props are memoised by the sections; a new figure or language draws a new chart.
  }, [
    props.kind === 'bars' ? props.values : props.series,
    props.kind === 'bars' ? props.categories : props.days,
    props.kind === 'bars' ? null : props.marks,
    language,
  ]);

  const counts = props.kind === 'bars' ? null : markCounts(props.marks ?? []);
  return (
    <figure class="report-chart">
      <div ref={box} class="report-chart__canvas" role="img" aria-label={props.label} />
      {counts && (counts.closed > 0 || counts.special > 0) && (
        <ul class="report-chart__marks">
          {counts.closed > 0 && (
            <li>
              <span class="report-chart__swatch report-chart__swatch--closed" aria-hidden="true" />
              {t.value('reports.marks.closed')}
            </li>
          )}
          {counts.special > 0 && (
            <li>
              <span class="report-chart__swatch report-chart__swatch--special" aria-hidden="true" />
              {t.value('reports.marks.special')}
            </li>
          )}
        </ul>
      )}
      {failed && <p>{t.value('reports.chartFailed')}</p>}
    </figure>
  );
}
