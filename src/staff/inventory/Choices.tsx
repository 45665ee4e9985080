/** A set of radio buttons with a legend and a problem line (big targets for touch, arrows for keys). */
import { useId } from 'preact/hooks';

export function Choices<V extends string>(props: {
  legend: string;
  options: readonly { readonly value: V; readonly label: string }[];
  value: V | null;
  onValue: (value: V) => void;
  problem?: string | null;
}) {
  const id = useId();
  return (
    <fieldset
      class={`choice-group${props.problem ? ' is-invalid' : ''}`}
      aria-describedby={props.problem ? `${id}-problem` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="choice-group__option">
          <input
            type="radio"
            name={`${id}-choice`}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onValue(option.value)}
          />
          {option.label}
        </label>
      ))}
      <p id={`${id}-problem`} class="field__problem choice-group__problem" aria-live="polite">
        {props.problem ?? ''}
      </p>
    </fieldset>
  );
}
