/** "Edit details": the enrolment fields prefilled; saving records only the fields that changed. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Participant } from '../../core/fold/selectors.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { CheckIcon } from '../../ui/icons.js';
import { describeActionFailure } from '../staff-actions.js';
import { ProfileFormFields } from './ProfileFormFields.js';
import { updateParticipant } from './participant-actions.js';
import { changedProfileFields, formFromProfile, localToday, parseProfileForm } from './profile-form.js';

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
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const parsed = parseProfileForm(values, localToday());

  useEffect(() => {
    if (attempts === 0) form.current?.querySelector('input')?.focus();
    else form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
  }, [attempts]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (busy || !parsed.ok) return;
    const changes = changedProfileFields(initial, parsed.profile);
    if (Object.keys(changes).length === 0) return onDone(t.value('participants.edit.unchanged'));
    setBusy(true);
    setError(null);
    const result = await updateParticipant(participant.id, changes);
    setBusy(false);
    if (result.ok) onDone(t.value('participants.edit.saved'));
    else setError(describeActionFailure(result));
  };

  return (
    <form ref={form} class="form participant-form" onSubmit={submit} noValidate>
      <ProfileFormFields
        values={values}
        onValues={setValues}
        problems={attempts > 0 && !parsed.ok ? parsed.problems : {}}
      />
      {attempts > 0 && !parsed.ok && <Alert message={t.value('participants.problem.summary')} />}
      <Alert message={error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={busy}>
          <CheckIcon />
          {t.value('participants.edit.save')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => onDone(null)}>
          {t.value('common.cancel')}
        </button>
      </div>
    </form>
  );
}
