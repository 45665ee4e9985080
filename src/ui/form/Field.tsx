/**
 * A field's label, hint and problem line around any control, with the ids that tie them together
 * (aria-describedby, aria-invalid). TextField, QuantityField and the selects use it.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** What the control inside must carry so the label, hint and problem belong to it. */
export interface FieldWiring {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** The problem line; undefined leaves the line out (a field that has no rule to break). */
  problem?: string | null | undefined;
  /** Shown on the problem line when there is no problem (e.g. "This PIN works."). */
  confirmation?: string | null | undefined;
  /** Classes besides `field`. */
  class?: string;
  children: (wiring: FieldWiring) => ComponentChildren;
}

/** The ids of a field's hint and problem, and the control's attributes that point at them. */
export function fieldWiring(id: string, hasHint: boolean, problem: string | null | undefined): FieldWiring {
  const describedBy = [hasHint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function Field(props: FieldProps) {
  const id = useId();
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} class="field__hint">
          {props.hint}
        </p>
      )}
      {props.children(fieldWiring(id, Boolean(props.hint), props.problem))}
      {props.problem !== undefined && (
        <p
          id={`${id}-problem`}
          class={props.problem ? 'field__problem' : 'field__problem field__problem--ok'}
          aria-live="polite"
        >
          {props.problem ?? props.confirmation ?? ''}
        </p>
      )}
    </div>
  );
}
