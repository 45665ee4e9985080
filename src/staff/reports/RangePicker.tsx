/** The report's range: Today, This week, Last month, or Custom dates (checked before asking). */
import { useState } from 'preact/hooks';
import { centerDay } from '../../core/day.js';
import type { DayRange } from '../../core/reports/range.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { customRangeProblem, presetRange, type RangeChoice } from './report-ranges.js';

const CHOICES: readonly {
  choice: RangeChoice;
  label: 'reports.range.today' | 'reports.range.week' | 'reports.range.lastMonth' | 'reports.range.custom';
}[] = [
  { choice: 'today', label: 'reports.range.today' },
  { choice: 'week', label: 'reports.range.week' },
  { choice: 'lastMonth', label: 'reports.range.lastMonth' },
  { choice: 'custom', label: 'reports.range.custom' },
];

const PROBLEM = {
  missing: 'reports.range.missing',
  order: 'reports.range.order',
  tooLong: 'reports.range.tooLong',
} as const;

export function RangePicker({ range, onChange }: { range: DayRange; onChange: (range: DayRange) => void }) {
  const [choice, setChoice] = useState<RangeChoice>('today');
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problem, setProblem] = useState<keyof typeof PROBLEM | null>(null);

  const choose = (next: RangeChoice) => {
    setChoice(next);
    setProblem(null);
    if (next !== 'custom') onChange(presetRange(next, centerDay(new Date())));
  };
  const applyCustom = (event: Event) => {
    event.preventDefault();
    const found = customRangeProblem(from, to);
    setProblem(found);
    if (!found) onChange({ from, to });
  };

  return (
    <form class="report-range-picker" onSubmit={applyCustom}>
      <fieldset>
        <legend>{t.value('reports.range.legend')}</legend>
        <div class="report-range-picker__choices">
          {CHOICES.map((c) => (
            <label key={c.choice} class="report-range-picker__choice">
              <input
                type="radio"
                name="report-range"
                value={c.choice}
                checked={choice === c.choice}
                onChange={() => choose(c.choice)}
              />
              {t.value(c.label)}
            </label>
          ))}
        </div>
      </fieldset>
      {choice === 'custom' && (
        <div class="report-range-picker__custom">
          <label>
            {t.value('reports.range.from')}
            <input
              type="date"
              value={from}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'report-range-problem' : undefined}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          </label>
          <label>
            {t.value('reports.range.to')}
            <input
              type="date"
              value={to}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'report-range-problem' : undefined}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button button--primary">
            {t.value('reports.range.show')}
          </button>
          <div id="report-range-problem">
            <Alert message={problem ? t.value(PROBLEM[problem]) : null} />
          </div>
        </div>
      )}
    </form>
  );
}
