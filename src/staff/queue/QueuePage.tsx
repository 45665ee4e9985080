/**
 * The live request queue, oldest first. It updates as kiosks sync (long-poll), works offline on a
 * paired staff device, and lists requests that two devices answered differently while apart.
 */
import { useState } from 'preact/hooks';
import type { Conflict } from '../../core/floor/floor.js';
import { wallTime } from '../../core/floor/floor.js';
import type { OpDraft } from '../../core/ops/op.js';
import { t } from '../../i18n/index.js';
import { formatTime } from '../../ui/format.js';
import { describeActionFailure, recordAsStaff } from '../staff-actions.js';
import { staffName, useStaffNames } from '../staff-names.js';
import { RequestCard, requestTitle } from './RequestCard.js';
import { useFloor } from './use-floor.js';
import './queue.css';
import './queue-head.css';

export function QueuePage() {
  useStaffNames();
  const floor = useFloor();
  const [done, setDone] = useState<string | null>(null);
  const answer = async (draft: OpDraft, kind: 'fulfilled' | 'declined' | 'cancelled', ticket: string) => {
    const result = await recordAsStaff([draft]);
    if (!result.ok) return describeActionFailure(result);
    setDone(t.value(`queue.done.${kind}`, { ticket }));
    return null;
  };
  return (
    <>
      <div class="queue-head">
        <h1>{t.value('queue.title')}</h1>
        <p class="panel__lead">{t.value('queue.lead')}</p>
        <p>
          <a href="/staff/devices">{t.value('call.displayHint')}</a>
        </p>
      </div>
      <p role="status" class="queue__done">
        {done ?? ''}
      </p>
      {floor.status === 'ready' && (
        <>
          {floor.value.queue.length === 0 ? (
            <p class="queue__empty">{t.value('queue.empty')}</p>
          ) : (
            <div class="queue">
              {floor.value.queue.map((entry) => (
                <RequestCard
                  key={entry.requestId}
                  entry={entry}
                  now={floor.now}
                  waitThresholds={floor.value.waitThresholds}
                  answer={(draft, kind) => answer(draft, kind, entry.ticket ?? '')}
                />
              ))}
            </div>
          )}
          {floor.value.conflicts.length > 0 && <Conflicts conflicts={floor.value.conflicts} />}
        </>
      )}
    </>
  );
}

function Conflicts({ conflicts }: { conflicts: readonly Conflict[] }) {
  const answerOf = (outcome: Conflict['kept']) => ({
    answer: t.value(`queue.answer.${outcome.type}`),
    who: outcome.actor ? staffName(outcome.actor, t.value('queue.someone')) : t.value('queue.someone'),
    time: formatTime(wallTime(outcome.at)),
  });
  return (
    <section class="panel" aria-labelledby="queue-conflicts-title">
      <h2 id="queue-conflicts-title">{t.value('queue.conflicts.title')}</h2>
      <p class="panel__lead">{t.value('queue.conflicts.lead')}</p>
      <ul class="queue__conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.requestId}>
            <strong>{requestTitle(conflict)}</strong>
            {conflict.name && ` · ${conflict.name}`}
            <br />
            {t.value('queue.conflicts.kept', answerOf(conflict.kept))}
            {conflict.notApplied.map((outcome) => (
              <span key={outcome.opId}>
                <br />
                {t.value('queue.conflicts.dropped', answerOf(outcome))}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
