/**
 * The profile's case manager: a staff member chosen from the staff names (or none). Their topic
 * requests show first under that person's "My people" on the Talk list.
 */
import { t } from '../../i18n/index.js';
import { SelectField } from '../../ui/form/SelectField.js';
import { staffName, staffNames, useStaffNames } from '../staff-names.js';

export function CaseManagerField({ value, onValue }: { value: string; onValue: (value: string) => void }) {
  useStaffNames();
  const names = Object.entries(staffNames.value).sort(([, a], [, b]) => a.localeCompare(b));
  // Someone this device has not learned the name of yet stays chosen, under a neutral name.
  if (value && !names.some(([id]) => id === value)) names.unshift([value, staffName(value, t.value('queue.someone'))]);
  return (
    <SelectField
      label={t.value('participants.field.caseManager')}
      hint={t.value('participants.field.caseManagerHint')}
      value={value}
      onValue={onValue}
    >
      <option value="">{t.value('participants.field.caseManagerNone')}</option>
      {names.map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
