/** The profile's details in words, with "Edit details" opening the same fields as enrolment, prefilled. */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { Notice } from '../../ui/Alert.js';
import { ClipboardIcon } from '../../ui/icons.js';
import { staffName as knownStaffName, useStaffNames } from '../staff-names.js';
import { formatDateOf, formatDay } from './dates.js';
import { EditProfileForm } from './EditProfileForm.js';
import { staffName } from './lookups.js';
import { languageName, REFERRAL_LABEL } from './participant-labels.js';
import type { ParticipantProfile } from './participant-queries.js';

export function ProfileDetails({ profile }: { profile: ParticipantProfile }) {
  const { participant, consent } = profile;
  useStaffNames();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const recordedBy = useStaffName(consent.recordedBy);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, the keyboard returns to the button that opened it.
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const notGiven = t.value('participants.notGiven');
  const rows: [string, string][] = [
    [t.value('participants.field.pronouns'), participant.pronouns ?? notGiven],
    [t.value('participants.field.aliases'), participant.aliases.join(', ') || notGiven],
    [t.value('participants.field.language'), languageName(participant.language) ?? notGiven],
    [t.value('participants.detail.birthDate'), formatDay(participant.birthDate, notGiven)],
    // The kiosk finds a name only with the birthday, so without a birth date it cannot find them.
    [
      t.value('participants.detail.kioskCheckIn'),
      t.value(participant.birthDate ? 'participants.kioskCheckIn.byName' : 'participants.noBirthDate'),
    ],
    [t.value('participants.field.referral'), t.value(REFERRAL_LABEL[participant.referral])],
    [
      t.value('participants.detail.caseManager'),
      participant.caseManager
        ? knownStaffName(participant.caseManager, t.value('participants.detail.someStaff'))
        : t.value('participants.field.caseManagerNone'),
    ],
    [
      t.value('participants.consent.title'),
      t.value('participants.detail.consentValue', {
        date: formatDateOf(consent.at),
        staff: recordedBy ?? t.value('participants.detail.someStaff'),
      }),
    ],
    [t.value('participants.detail.consentVersion'), consent.textVersion],
    // issue 16: whether they go to the county HMIS export.
    [t.value('hmis.consent.title'), t.value(participant.hmisConsent === true ? 'hmis.consent.yes' : 'hmis.consent.no')],
  ];

  return (
    <section class="panel" aria-labelledby="profile-details-title">
      <div class="panel__heading">
        <h2 id="profile-details-title">{t.value('participants.details')}</h2>
        {!editing && (
          <button
            ref={editButton}
            type="button"
            class="button"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            <ClipboardIcon />
            {t.value('participants.edit')}
          </button>
        )}
      </div>
      <Notice message={notice} />
      {editing ? (
        <EditProfileForm
          participant={participant}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <dl class="facts">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}

function useStaffName(staffId: string): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void staffName(staffId).then((found) => current && setName(found));
    return () => {
      current = false;
    };
  }, [staffId]);
  return name;
}
