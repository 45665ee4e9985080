/**
 * "This may be someone already enrolled": the possible matches, each linking to its profile, and
 * "Enroll anyway". A hint for staff, never a block; keyboard focus moves here when it appears.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PossibleDuplicate } from '../../core/participants/duplicates.js';
import { t } from '../../i18n/index.js';
import { AlertIcon, UserPlusIcon } from '../../ui/icons.js';
import { formatDay } from './dates.js';
import { nameWithInitial, profileHref } from './participant-labels.js';
import type { ParticipantSummary } from './participant-queries.js';

export function DuplicateWarning({
  matches,
  busy,
  onConfirm,
}: {
  matches: readonly PossibleDuplicate<ParticipantSummary>[];
  busy: boolean;
  onConfirm: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="duplicate-warning" aria-labelledby="duplicate-warning-title">
      <h2 id="duplicate-warning-title" ref={heading} tabIndex={-1}>
        <AlertIcon />
        {t.value('participants.duplicates.title')}
      </h2>
      <p>{t.value('participants.duplicates.lead')}</p>
      <ul class="duplicate-warning__list">
        {matches.map(({ participant, reason }) => (
          <li key={participant.id}>
            <a href={profileHref(participant.id)}>{nameWithInitial(participant)}</a>
            {' · '}
            {reason === 'sameNameAndBirthDate'
              ? t.value('participants.duplicates.sameBirthDate', { date: formatDay(participant.birthDate) })
              : t.value('participants.duplicates.similarName')}
          </li>
        ))}
      </ul>
      <button type="button" class="button" disabled={busy} onClick={onConfirm}>
        <UserPlusIcon />
        {t.value('participants.duplicates.confirm')}
      </button>
    </section>
  );
}
