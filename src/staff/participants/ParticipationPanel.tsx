/**
 * Participation is voluntary: "Stop participation" and "Resume participation", each behind a short
 * question. No penalty, nothing lost; the kiosk simply stops offering a check-in by card or name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Participant } from '../../core/fold/selectors.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { CheckIcon, HistoryIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { formatDateOf } from './dates.js';
import { setParticipantActive } from './participant-actions.js';

export function ParticipationPanel({ participant, enrolledAt }: { participant: Participant; enrolledAt: string }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The button disappears into the question: keep the keyboard focus with it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const active = participant.active;
  const change = async () => {
    setBusy(true);
    setError(null);
    const result = await setParticipantActive(participant.id, !active);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) setError(describeActionFailure(result));
  };

  return (
    <section class="panel" aria-labelledby="participation-title">
      <h2 id="participation-title">{t.value('participants.participation')}</h2>
      <p role="status">
        {active
          ? t.value('participants.participation.active', { date: formatDateOf(enrolledAt) })
          : t.value('participants.participation.inactive')}
      </p>
      {confirming ? (
        <fieldset class="confirm">
          <legend>
            {t.value(active ? 'participants.stop.confirm' : 'participants.resume.confirm', {
              name: participant.preferredName,
            })}
          </legend>
          <button ref={confirmButton} type="button" class="button button--primary" disabled={busy} onClick={change}>
            {t.value(active ? 'participants.stop.yes' : 'participants.resume.yes')}
          </button>
          <button type="button" class="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t.value('common.cancel')}
          </button>
        </fieldset>
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          {active ? <HistoryIcon /> : <CheckIcon />}
          {t.value(active ? 'participants.stop' : 'participants.resume')}
        </button>
      )}
      <Alert message={error} />
    </section>
  );
}
