/** A labelled text input with an optional hint and live message, linked by aria-describedby. */
import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

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
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [props.hint ? hintId : '', props.problem ? problemId : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.large ? ' field--large' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="field__hint">
          {props.hint}
        </p>
      )}
      <input
        {...props.inputProps}
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        required={props.required}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      <p
        id={problemId}
        class={props.problem ? 'field__problem' : 'field__problem field__problem--ok'}
        aria-live="polite"
      >
        {props.problem ?? props.confirmation ?? ''}
      </p>
    </div>
  );
}
