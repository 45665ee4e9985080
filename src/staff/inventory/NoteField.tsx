/** The optional note every stock movement and count may carry, with its problem in words. */
import { t } from '../../i18n/index.js';
import { TextField } from '../../ui/TextField.js';
import { say } from './inventory-labels.js';
import type { Problem } from './quantity.js';

export function NoteField(props: {
  value: string;
  onValue: (value: string) => void;
  problem: Problem | null | undefined;
  hint?: string;
}) {
  return (
    <TextField
      label={t.value('inventory.note')}
      hint={props.hint}
      value={props.value}
      onValue={props.onValue}
      problem={say(props.problem)}
    />
  );
}
