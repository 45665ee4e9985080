/**
 * A whole-number field as the inventory and catalog forms use it: digits keyboard, no autofill,
 * the "whole number" hint unless told otherwise. Parsing and its messages are the form's
 * (see staff/inventory/quantity.ts); this shows what they said.
 */
import { t } from '../../i18n/index.js';
import { TextField } from '../TextField.js';

const NUMERIC = { inputMode: 'numeric' } as const;

export function QuantityField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  problem: string | null;
  /** Defaults to the inventory's "A whole number from 1 to 10,000." */
  hint?: string;
}) {
  return (
    <TextField
      label={props.label}
      hint={props.hint ?? t.value('inventory.quantityHint')}
      value={props.value}
      onValue={props.onValue}
      problem={props.problem}
      autoComplete="off"
      inputProps={NUMERIC}
    />
  );
}
