/**
 * Participation is voluntary: "Stop participation" and "Resume participation", each behind a short
 * question. No penalty, nothing lost; the kiosk simply stops offering a check-in by card or name.
 */
import { useState } from 'preact/hooks';
import type { Participant } from '../../core/fold/selectors.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { ConfirmQuestion } from '../../ui/form/ConfirmQuestion.js';
import { useAction } from '../../ui/form/use-action.js';
import { CheckIcon, HistoryIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { formatDateOf } from './dates.js';
import { setParticipantActive } from './participant-actions.js';

export function ParticipationPanel({ participant, enrolledAt }: { participant: Participant; enrolledAt: string }) {
  const [confirming, setConfirming] = useState(false);
  const active = participant.active;
  const change = useAction({
    act: async (toActive: boolean) => {
      const result = await setParticipantActive(participant.id, toActive);
      // Answered either way: a failure is said below the button, not inside the question.
      setConfirming(false);
      return result;
    },
    describe: describeActionFailure,
  });

  return (
    <section class="panel" aria-labelledby="participation-title">
      <h2 id="participation-title">{t.value('participants.participation')}</h2>
      <p role="status">
        {active
          ? t.value('participants.participation.active', { date: formatDateOf(enrolledAt) })
          : t.value('participants.participation.inactive')}
      </p>
      {confirming ? (
        <ConfirmQuestion
          question={t.value(active ? 'participants.stop.confirm' : 'participants.resume.confirm', {
            name: participant.preferredName,
          })}
          yesLabel={t.value(active ? 'participants.stop.yes' : 'participants.resume.yes')}
          yesClass="button--primary"
          cancelLabel={t.value('common.cancel')}
          busy={change.busy}
          onYes={() => void change.run(!active)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          {active ? <HistoryIcon /> : <CheckIcon />}
          {t.value(active ? 'participants.stop' : 'participants.resume')}
        </button>
      )}
      <Alert message={change.error} />
    </section>
  );
}
