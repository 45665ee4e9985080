/**
 * Radio buttons under a legend, with an optional problem line and a hint per option: big targets
 * for touch, arrow keys between options, the problem tied to the group when there is one.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './form.css';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: ComponentChildren;
  /** A sentence under the option, read with it (aria-describedby). */
  readonly hint?: string;
}

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  options: readonly Choice<V>[];
  value: V | null;
  onValue: (value: V) => void;
  /** The problem line; undefined leaves the line out (a choice that always has an answer). */
  problem?: string | null | undefined;
  /** Classes besides `choice-group` (e.g. `choice-group--stacked`). */
  class?: string;
  /** Replaces `choice-group` and its option look, for groups styled as plain rows ("" for none). */
  look?: { readonly group: string; readonly option: string };
  required?: boolean;
}

export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const id = useId();
  const group = props.look ? props.look.group : 'choice-group';
  const classes = [group, props.class ?? '', props.problem ? 'is-invalid' : ''].filter(Boolean).join(' ');
  const radio = (option: Choice<V>) => (
    <label key={option.hint ? undefined : option.value} class={props.look?.option ?? 'choice-group__option'}>
      <input
        type="radio"
        name={`${id}-choice`}
        value={option.value}
        checked={props.value === option.value}
        required={props.required}
        aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
        onChange={() => props.onValue(option.value)}
      />
      {option.label}
    </label>
  );
  return (
    <fieldset class={classes || undefined} aria-describedby={props.problem ? `${id}-problem` : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((option) =>
        option.hint ? (
          <div key={option.value} class="choice-group__hinted">
            {radio(option)}
            <p id={`${id}-${option.value}-hint`} class="field__hint">
              {option.hint}
            </p>
          </div>
        ) : (
          radio(option)
        ),
      )}
      {props.problem !== undefined && (
        <p id={`${id}-problem`} class="field__problem choice-group__problem" aria-live="polite">
          {props.problem ?? ''}
        </p>
      )}
    </fieldset>
  );
}
