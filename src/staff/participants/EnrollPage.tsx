/**
 * "Enroll a participant": the profile fields, the consent text read with the person and their
 * agreement (required), a duplicate check before saving, then the new profile.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ProfileFields } from '../../core/ops/participants.js';
import { type PossibleDuplicate, possibleDuplicates } from '../../core/participants/duplicates.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { UserPlusIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { justEnrolled } from './just-enrolled.js';
import { ProfileFormFields } from './ProfileFormFields.js';
import { enrollParticipant } from './participant-actions.js';
import { profileHref } from './participant-labels.js';
import { listParticipants, type ParticipantSummary } from './participant-queries.js';
import { EMPTY_PROFILE_FORM, localToday, type ProfileFormValues, parseProfileForm } from './profile-form.js';

interface DuplicateCheck {
  readonly profile: ProfileFields;
  readonly matches: PossibleDuplicate<ParticipantSummary>[];
}

export function EnrollPage() {
  const { route } = useLocation();
  const [values, setValues] = useState<ProfileFormValues>(EMPTY_PROFILE_FORM);
  const [consent, setConsent] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [duplicates, setDuplicates] = useState<DuplicateCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const tried = attempts > 0;
  const parsed = parseProfileForm(values, localToday());
  const problems = tried && !parsed.ok ? parsed.problems : {};
  const consentMissing = tried && !consent;
  const incomplete = tried && (!parsed.ok || !consent);

  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempts === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
  }, [attempts]);

  // Any change after the duplicate check means it must run again.
  const edit = (next: ProfileFormValues) => {
    setValues(next);
    setDuplicates(null);
  };

  const enroll = async (profile: ProfileFields) => {
    setBusy(true);
    setError(null);
    const result = await enrollParticipant(profile);
    setBusy(false);
    if (!result.ok) return setError(describeActionFailure(result));
    justEnrolled.value = result.value.participantId;
    route(profileHref(result.value.participantId));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (busy || !parsed.ok || !consent) return;
    setBusy(true);
    setError(null);
    const matches = await listParticipants().then(
      (list) => possibleDuplicates(parsed.profile, list),
      () => [],
    );
    setBusy(false);
    if (matches.length > 0) setDuplicates({ profile: parsed.profile, matches });
    else await enroll(parsed.profile);
  };

  return (
    <>
      <p>
        <a href="/staff/participants">{t.value('participants.back')}</a>
      </p>
      <h1>{t.value('participants.enroll')}</h1>
      <form ref={form} class="form participant-form" onSubmit={submit} noValidate>
        <p class="panel__lead">{t.value('participants.enroll.lead')}</p>
        <ProfileFormFields values={values} onValues={edit} problems={problems} />
        <section class="consent" aria-labelledby="consent-title">
          <h2 id="consent-title">{t.value('participants.consent.title')}</h2>
          <p>{t.value('participants.consent.lead')}</p>
          <blockquote class="consent__text">{t.value('participants.consent.text')}</blockquote>
          <div class="check-field">
            <input
              id="consent-agreed"
              type="checkbox"
              checked={consent}
              required
              aria-invalid={consentMissing ? true : undefined}
              aria-describedby="consent-problem"
              onChange={(event) => {
                setConsent(event.currentTarget.checked);
                setDuplicates(null);
              }}
            />
            <label for="consent-agreed">{t.value('participants.consent.agree')}</label>
            <p id="consent-problem" class="field__problem" aria-live="polite">
              {consentMissing ? t.value('participants.problem.consent') : ''}
            </p>
          </div>
        </section>
        {incomplete && <Alert message={t.value('participants.problem.summary')} />}
        <Alert message={error} />
        {duplicates ? (
          <DuplicateWarning
            matches={duplicates.matches}
            busy={busy}
            onConfirm={() => void enroll(duplicates.profile)}
          />
        ) : (
          <button type="submit" class="button button--primary" disabled={busy}>
            <UserPlusIcon />
            {t.value('participants.enroll.submit')}
          </button>
        )}
      </form>
    </>
  );
}
