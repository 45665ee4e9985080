/**
 * The profile fields shared by "Enroll a participant" and "Edit details": names, pronouns,
 * language, birth date (and, without one, how they check in), and the referral pathway. Problems
 * are tied to their fields (aria-invalid, aria-describedby).
 */
import { useId } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { fieldBinder, fieldSetter, problemSayer } from '../../ui/form/field-set.js';
import { SelectField } from '../../ui/form/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { LANGUAGE_CHOICES, PRONOUN_SUGGESTIONS, REFERRAL_LABEL, REFERRALS } from './participant-labels.js';
import { localToday, type ProfileFormValues, type ProfileProblems } from './profile-form.js';

/** A field's label and hint (`participants.field.aliases`, `participants.field.aliasesHint`). */
function words(name: 'preferredName' | 'aliases' | 'pronouns' | 'birthDate') {
  return {
    label: t.value(`participants.field.${name}` as const),
    hint: t.value(`participants.field.${name}Hint` as const),
  };
}

export function ProfileFormFields({
  values,
  onValues,
  problems,
}: {
  values: ProfileFormValues;
  onValues: (values: ProfileFormValues) => void;
  /** Shown after a first attempt to save. */
  problems: ProfileProblems;
}) {
  const id = useId();
  const set = fieldSetter(values, onValues);
  const problem = problemSayer<keyof ProfileProblems, NonNullable<ProfileProblems[keyof ProfileProblems]>>(
    problems,
    t.value,
  );
  const bind = fieldBinder(values, onValues, problem);
  // A code saved elsewhere that is not in the list stays selectable, so editing does not lose it.
  const languages =
    values.language && !LANGUAGE_CHOICES.some((choice) => choice.code === values.language)
      ? [...LANGUAGE_CHOICES, { code: values.language, label: values.language }]
      : LANGUAGE_CHOICES;
  const noBirthDate = values.birthDate.trim() === '';

  return (
    <>
      <TextField {...words('preferredName')} {...bind('preferredName')} autoComplete="off" required />
      <TextField label={t.value('participants.field.lastName')} {...bind('lastName')} autoComplete="off" />
      <TextField {...words('aliases')} {...bind('aliases')} autoComplete="off" />
      <TextField
        {...words('pronouns')}
        {...bind('pronouns')}
        autoComplete="off"
        inputProps={{ list: `${id}-pronouns` }}
      />
      <datalist id={`${id}-pronouns`}>
        {PRONOUN_SUGGESTIONS.map((pronouns) => (
          <option key={pronouns} value={pronouns} />
        ))}
      </datalist>
      <SelectField
        class="participant-select-field"
        label={t.value('participants.field.language')}
        value={values.language}
        onValue={set('language')}
      >
        {languages.map((choice) => (
          <option key={choice.code} value={choice.code} lang={choice.code}>
            {choice.label}
          </option>
        ))}
        <option value="">{t.value('participants.language.other')}</option>
      </SelectField>
      <TextField
        type="date"
        {...words('birthDate')}
        {...bind('birthDate')}
        autoComplete="off"
        inputProps={{ min: '1900-01-01', max: localToday() }}
      />
      {/* The kiosk finds a name only together with the birthday, so say what happens without one. */}
      {noBirthDate && <p class="field__hint">{t.value('participants.noBirthDate')}</p>}
      <ChoiceGroup
        class="choice-group--stacked"
        legend={t.value('participants.field.referral')}
        options={REFERRALS.map((referral) => ({ value: referral, label: t.value(REFERRAL_LABEL[referral]) }))}
        value={values.referral}
        onValue={set('referral')}
        problem={problem('referral')}
        required
      />
    </>
  );
}
