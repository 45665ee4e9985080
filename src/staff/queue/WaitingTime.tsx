/**
 * How long a request has waited, as words and an icon, amber after the first threshold and red
 * after the second (never colour alone: "Long wait" / "Very long wait" say it too).
 */
import { DEFAULT_WAIT_THRESHOLDS, minutesWaited, type WaitThresholds, waitLevel } from '../../core/floor/waiting.js';
import { t } from '../../i18n/index.js';
import { ClockIcon, HourglassIcon, WarningIcon } from '../../ui/icons.js';
import './WaitingTime.css';

const ICON = { ok: ClockIcon, amber: HourglassIcon, red: WarningIcon } as const;

export function WaitingTime({
  since,
  now,
  thresholds = DEFAULT_WAIT_THRESHOLDS,
}: {
  since: number;
  now: number;
  thresholds?: WaitThresholds | undefined;
}) {
  const minutes = minutesWaited(since, now);
  const level = waitLevel(minutes, thresholds);
  const Icon = ICON[level];
  return (
    <span class={`waiting-time waiting-time--${level}`} data-level={level}>
      <Icon size={18} />
      {minutes < 1 ? t.value('queue.waitedJustNow') : t.value('queue.waited', { minutes })}
      {level !== 'ok' && (
        <strong>
          <span class="visually-hidden">, </span>
          {t.value(level === 'red' ? 'queue.wait.veryLong' : 'queue.wait.long')}
        </strong>
      )}
    </span>
  );
}
