/** The optional note every stock movement and count may carry. */
import { t } from '../../i18n/index.js';
import { TextField, type TextFieldProps } from '../../ui/TextField.js';

export function NoteField(props: Omit<TextFieldProps, 'label'>) {
  return <TextField label={t.value('inventory.note')} {...props} />;
}
