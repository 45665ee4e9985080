/** A labelled select with an optional hint and problem line, wired to them like every kit field. */
import type { ComponentChildren } from 'preact';
import { Field } from './Field.js';

export function SelectField(props: {
  label: string;
  hint?: string | undefined;
  /** The problem line; undefined leaves the line out (a choice that always has an answer). */
  problem?: string | null | undefined;
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  /** Classes besides `field`. */
  class?: string;
  /** The `<option>`s. */
  children: ComponentChildren;
}) {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      problem={props.problem}
      {...(props.class ? { class: props.class } : {})}
    >
      {(wiring) => (
        <select
          {...wiring}
          value={props.value}
          required={props.required}
          onChange={(event) => props.onValue(event.currentTarget.value)}
        >
          {props.children}
        </select>
      )}
    </Field>
  );
}
