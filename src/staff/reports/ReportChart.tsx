/**
 * One line chart over the report's days, drawn by uPlot, which is imported only here and only
 * when a chart is shown (its own chunk). Lines differ by dash as well as shade, so a chart reads
 * in greyscale and in print; the summary sentence says the same for screen readers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { currentLanguage, t } from '../../i18n/index.js';

/** One line: its label, a value per day (null: nothing to draw, e.g. a small cell), its look. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Dash pattern in pixels; solid when empty. */
  readonly dash?: readonly number[];
  readonly shade?: string;
}

export interface ReportChartProps {
  /** The chart's accessible name. */
  readonly label: string;
  readonly days: readonly string[];
  readonly series: readonly ChartSeries[];
}

const SHADES = ['#1f2937', '#6b7280', '#111827', '#9ca3af'];
const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
const HEIGHT = 240;

/** Short day labels under the x axis ("Mon 12/1" style, in the page's language). */
function dayLabel(day: string, language: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return date.toLocaleDateString(language, { timeZone: 'UTC', weekday: 'short', month: 'numeric', day: 'numeric' });
}

export function ReportChart({ label, days, series }: ReportChartProps) {
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
        const xs = days.map((_, index) => index);
        const data = [xs, ...series.map((s) => s.values.map((v) => v))] as uPlot.AlignedData;
        chart = new UPlot(
          {
            width: Math.max(target.clientWidth, 280),
            height: HEIGHT,
            scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
            axes: [
              {
                values: (_u, splits) =>
                  splits.map((i) => (Number.isInteger(i) && days[i] ? dayLabel(days[i], language) : '')),
              },
              {},
            ],
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
            legend: { live: false },
            cursor: { show: false },
          },
          data,
          target,
        );
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      chart?.destroy();
    };
  }, [days, series, language]);

  return (
    <figure class="report-chart">
      <div ref={box} class="report-chart__canvas" role="img" aria-label={label} />
      {failed && <p>{t.value('reports.chartFailed')}</p>}
    </figure>
  );
}
