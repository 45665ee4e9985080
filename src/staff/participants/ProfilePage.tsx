/**
 * One participant's profile: details (editable), participation (stop / resume), member cards,
 * and their visits, requests and items received. Every opening is recorded for the audit log.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { IdCardIcon } from '../../ui/icons.js';
import { DeskCheckIn } from '../desk/DeskCheckIn.js';
import { shortName } from '../desk/desk-queries.js';
import { useViews } from '../use-views.js';
import { CardsPanel } from './CardsPanel.js';
import { justEnrolled } from './just-enrolled.js';
import { ParticipantHistory } from './ParticipantHistory.js';
import { ParticipationPanel } from './ParticipationPanel.js';
import { ProfileDetails } from './ProfileDetails.js';
import { recordProfileView } from './participant-actions.js';
import { fullName, printCardsHref } from './participant-labels.js';
import { participantProfile } from './participant-queries.js';

export function ProfilePage({ participantId }: { participantId: string }) {
  const loaded = useViews(() => participantProfile(participantId), participantId);
  // Once per opening (not on every re-read after a sync), as the audit log expects.
  useEffect(() => {
    void recordProfileView(participantId);
  }, [participantId]);
  // "Enrolled." belongs to this one visit of the new profile.
  const enrolledNow = justEnrolled.value === participantId;
  useEffect(
    () => () => {
      if (justEnrolled.peek() === participantId) justEnrolled.value = null;
    },
    [participantId],
  );

  if (loaded.status === 'loading') return <p class="loading">{t.value('staff.loading')}</p>;
  if (loaded.status === 'failed' || loaded.value === null) {
    return (
      <>
        <h1>{t.value('participants.notFound.title')}</h1>
        {loaded.status === 'failed' ? (
          <Alert message={t.value('participants.loadFailed')} />
        ) : (
          <p>{t.value('participants.notFound')}</p>
        )}
        <a href="/staff/participants">{t.value('participants.back')}</a>
      </>
    );
  }

  const profile = loaded.value;
  const { participant } = profile;
  return (
    <>
      <p>
        <a href="/staff/participants">{t.value('participants.back')}</a>
      </p>
      <h1>
        {fullName(participant)}
        {!participant.active && <span class="tag">{t.value('participants.status.inactive')}</span>}
      </h1>
      {enrolledNow && (
        <div class="enrolled-notice">
          <Notice message={t.value('participants.enrolled')} />
          <a class="button button--primary" href={printCardsHref([participant.id], 'new')}>
            <IdCardIcon />
            {t.value('participants.printFirstCard')}
          </a>
        </div>
      )}
      {participant.active && (
        <DeskCheckIn
          person={{ who: 'participant', participantId: participant.id, name: shortName(participant) }}
          headingLevel={2}
        />
      )}
      <ProfileDetails profile={profile} />
      <ParticipationPanel participant={participant} enrolledAt={profile.consent.at} />
      <CardsPanel participantId={participant.id} cards={profile.cards} />
      <ParticipantHistory profile={profile} />
    </>
  );
}
