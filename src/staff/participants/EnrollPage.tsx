/**
 * "Enroll a participant": the profile fields, the consent text read with the person (in their
 * language) and their agreement (required), a duplicate check before saving, then the new profile.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ProfileFields } from '../../core/ops/participants.js';
import { type PossibleDuplicate, possibleDuplicates } from '../../core/participants/duplicates.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { CheckField } from '../../ui/form/CheckField.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { UserPlusIcon } from '../../ui/icons.js';
import { type ActionResult, describeActionFailure } from '../staff-actions.js';
import { ConsentText } from './ConsentText.js';
import { consentLanguage, consentTextVersion } from './consent-text.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { HmisConsentField } from './HmisConsentField.js';
import { justEnrolled } from './just-enrolled.js';
import { ProfileFormFields } from './ProfileFormFields.js';
import { enrollParticipant } from './participant-actions.js';
import { profileHref } from './participant-labels.js';
import { listParticipants, type ParticipantSummary } from './participant-queries.js';
import { EMPTY_PROFILE_FORM, localToday, type ProfileFormValues, parseProfileForm } from './profile-form.js';

interface DuplicateCheck {
  readonly matches: PossibleDuplicate<ParticipantSummary>[];
}
type EnrollOutcome = DuplicateCheck | { readonly participantId: string };

/** Enrols the profile, unless it may be someone already enrolled and staff have not seen who yet. */
async function enrollUnlessDuplicate(input: {
  profile: ProfileFields;
  checked: boolean;
  consentVersion: string;
}): Promise<ActionResult<EnrollOutcome>> {
  if (!input.checked) {
    const matches = await listParticipants().then(
      (list) => possibleDuplicates(input.profile, list),
      () => [],
    );
    if (matches.length > 0) return { ok: true, value: { matches } };
  }
  return enrollParticipant(input.profile, input.consentVersion);
}

export function EnrollPage() {
  const { route } = useLocation();
  const [values, setValues] = useState<ProfileFormValues>(EMPTY_PROFILE_FORM);
  const [consent, setConsent] = useState(false);
  // issue 16: the HMIS question is asked on its own; no answer is no.
  const [hmisConsent, setHmisConsent] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateCheck | null>(null);
  const parsed = parseProfileForm(values, localToday());
  // Consent is read in the participant's language (the form's language field), not the console's.
  const readIn = consentLanguage(values.language);
  const form = useActionForm({
    // Once staff have seen the possible duplicates and go on, the check is not run again.
    validate: () =>
      parsed.ok && consent
        ? {
            profile: { ...parsed.profile, hmisConsent },
            checked: duplicates !== null,
            consentVersion: consentTextVersion(readIn),
          }
        : refuse(),
    act: enrollUnlessDuplicate,
    describe: describeActionFailure,
    done: (outcome: EnrollOutcome) => {
      if ('matches' in outcome) return setDuplicates(outcome);
      justEnrolled.value = outcome.participantId;
      route(profileHref(outcome.participantId));
    },
  });

  const problems = form.tried && !parsed.ok ? parsed.problems : {};
  const consentMissing = form.tried && !consent;
  const incomplete = form.tried && (!parsed.ok || !consent);

  // Any change after the duplicate check means it must run again.
  const edit = (next: ProfileFormValues) => {
    setValues(next);
    setDuplicates(null);
  };

  return (
    <>
      <p>
        <a href="/staff/participants">{t.value('participants.back')}</a>
      </p>
      <h1>{t.value('participants.enroll')}</h1>
      <form ref={form.form} class="form participant-form" onSubmit={form.submit} noValidate>
        <p class="panel__lead">{t.value('participants.enroll.lead')}</p>
        <ProfileFormFields values={values} onValues={edit} problems={problems} />
        <section class="consent" aria-labelledby="consent-title">
          <h2 id="consent-title">{t.value('participants.consent.title')}</h2>
          <p>{t.value('participants.consent.lead')}</p>
          <ConsentText language={readIn} theirs={readIn === values.language} />
          <CheckField
            id="consent-agreed"
            label={t.value('participants.consent.agree')}
            checked={consent}
            onChecked={(agreed) => {
              setConsent(agreed);
              setDuplicates(null);
            }}
            problem={consentMissing ? t.value('participants.problem.consent') : null}
            required
          />
        </section>
        <HmisConsentField checked={hmisConsent} onChecked={setHmisConsent} language={readIn} />
        {incomplete && <Alert message={t.value('participants.problem.summary')} />}
        <Alert message={form.error} />
        {duplicates ? (
          <DuplicateWarning matches={duplicates.matches} busy={form.busy} onConfirm={() => void form.submit()} />
        ) : (
          <button type="submit" class="button button--primary" disabled={form.busy}>
            <UserPlusIcon />
            {t.value('participants.enroll.submit')}
          </button>
        )}
      </form>
    </>
  );
}
