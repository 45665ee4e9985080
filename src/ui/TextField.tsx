/** A labelled text input with an optional hint and live message, linked by aria-describedby. */
import type { InputHTMLAttributes } from 'preact';
import { Field } from './form/Field.js';

export interface TextFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'password' | 'date';
  hint?: string | undefined;
  /** Shown under the input as the person types (e.g. what a PIN still needs). */
  problem?: string | null | undefined;
  /** Shown in the same place when there is no problem (e.g. "This PIN works."). */
  confirmation?: string | null | undefined;
  autoComplete?: string;
  required?: boolean;
  large?: boolean;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'id' | 'type'>;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      // The line is always there, so a message typed into it is announced (aria-live).
      problem={props.problem ?? null}
      confirmation={props.confirmation}
      {...(props.large ? { class: 'field--large' } : {})}
    >
      {(wiring) => (
        <input
          {...props.inputProps}
          {...wiring}
          type={props.type ?? 'text'}
          value={props.value}
          autoComplete={props.autoComplete}
          required={props.required}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
