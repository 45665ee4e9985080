/** The optional note every stock movement and count may carry. */
import { t } from '../../i18n/index.js';
import { TextField } from '../../ui/TextField.js';

export function NoteField(props: {
  value: string;
  onValue: (value: string) => void;
  problem: string | null;
  hint?: string;
}) {
  return (
    <TextField
      label={t.value('inventory.note')}
      hint={props.hint}
      value={props.value}
      onValue={props.onValue}
      problem={props.problem}
    />
  );
}
