/**
 * The "how many" cell of a row on a form with one quantity per item (count, box, walk-up, front
 * desk): a hidden label naming the item, a numeric text input, and its problem read out politely.
 */
import { useId } from 'preact/hooks';

export interface QuantityInputProps {
  /** The input's label, e.g. "How many Soap arrived". */
  readonly label: string;
  readonly typed: string;
  readonly onTyped: (value: string) => void;
  readonly problem: string | null;
}

/** The label, input and problem line, without the cell (a row may leave the cell empty). */
export function QuantityInput(props: QuantityInputProps) {
  const id = useId();
  return (
    <>
      <label for={id} class="visually-hidden">
        {props.label}
      </label>
      <input
        id={id}
        class="count-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={props.typed}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? `${id}-problem` : undefined}
        onInput={(event) => props.onTyped(event.currentTarget.value)}
      />
      <p id={`${id}-problem`} class="field__problem" aria-live="polite">
        {props.problem ?? ''}
      </p>
    </>
  );
}

export function QuantityCell(props: QuantityInputProps) {
  return (
    <td class="count-cell">
      <QuantityInput {...props} />
    </td>
  );
}
