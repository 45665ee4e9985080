/** "Edit details": the enrolment fields prefilled; saving records only the fields that changed. */
import { useEffect, useState } from 'preact/hooks';
import type { Participant } from '../../core/fold/selectors.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { CaseManagerField } from './CaseManagerField.js';
import { consentLanguage } from './consent-text.js';
import { HmisConsentField, withHmisConsent } from './HmisConsentField.js';
import { ProfileFormFields } from './ProfileFormFields.js';
import { updateParticipant } from './participant-actions.js';
import {
  changedProfileFields,
  formFromProfile,
  localToday,
  parseProfileForm,
  withCaseManager,
} from './profile-form.js';

type ProfileChanges = ReturnType<typeof changedProfileFields>;
const UNCHANGED = { ok: true, value: null } as const;

export function EditProfileForm({
  participant,
  onDone,
}: {
  participant: Participant;
  /** Closes the form, with a message to show ("Saved.") or null when cancelled. */
  onDone: (message: string | null) => void;
}) {
  // The diff is taken against the profile as it was when the form opened: a field changed on
  // another device meanwhile (and synced in) is left alone unless it was edited here.
  const [initial] = useState(participant);
  const [values, setValues] = useState(() => formFromProfile(initial));
  const [caseManager, setCaseManager] = useState(initial.caseManager ?? '');
  const [hmisConsent, setHmisConsent] = useState(initial.hmisConsent === true);
  const parsed = parseProfileForm(values, localToday());
  const form = useActionForm({
    validate: () =>
      parsed.ok
        ? withHmisConsent(
            withCaseManager(changedProfileFields(initial, parsed.profile), initial.caseManager, caseManager),
            initial.hmisConsent,
            hmisConsent,
          )
        : refuse(),
    // Nothing edited: nothing to record, the form just closes.
    act: (changes: ProfileChanges) =>
      Object.keys(changes).length === 0 ? Promise.resolve(UNCHANGED) : updateParticipant(participant.id, changes),
    describe: describeActionFailure,
    done: (_, changes) =>
      onDone(t.value(Object.keys(changes).length === 0 ? 'participants.edit.unchanged' : 'participants.edit.saved')),
  });

  // The form opens in place of the profile, so the keyboard starts in its first field.
  useEffect(() => form.form.current?.querySelector('input')?.focus(), []);

  return (
    <form ref={form.form} class="form participant-form" onSubmit={form.submit} noValidate>
      <ProfileFormFields
        values={values}
        onValues={setValues}
        problems={form.tried && !parsed.ok ? parsed.problems : {}}
      />
      <CaseManagerField value={caseManager} onValue={setCaseManager} />
      <HmisConsentField checked={hmisConsent} onChecked={setHmisConsent} language={consentLanguage(values.language)} />
      {form.tried && !parsed.ok && <Alert message={t.value('participants.problem.summary')} />}
      <Alert message={form.error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={form.busy}>
          <CheckIcon />
          {t.value('participants.edit.save')}
        </button>
        <button type="button" class="button" disabled={form.busy} onClick={() => onDone(null)}>
          {t.value('common.cancel')}
        </button>
      </div>
    </form>
  );
}
