/**
 * A checkbox with its label beside it and a hint or problem line under both, tied to it
 * (aria-describedby, aria-invalid) like every kit field.
 */
import { useId } from 'preact/hooks';
import { fieldWiring } from './Field.js';

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: string | undefined;
  /** The problem line; undefined leaves the line out (a box that may stay unticked). */
  problem?: string | null | undefined;
  required?: boolean;
  /** A fixed id, where a page links to the box; otherwise one of its own. */
  id?: string;
}) {
  const ownId = useId();
  const id = props.id ?? ownId;
  return (
    <div class="check-field">
      <input
        {...fieldWiring(id, Boolean(props.hint), props.problem)}
        type="checkbox"
        checked={props.checked}
        required={props.required}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} class="field__hint">
          {props.hint}
        </p>
      )}
      {props.problem !== undefined && (
        <p id={`${id}-problem`} class="field__problem" aria-live="polite">
          {props.problem ?? ''}
        </p>
      )}
    </div>
  );
}
