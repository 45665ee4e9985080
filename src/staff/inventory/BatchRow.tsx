/** One item on the box or walk-up form: its name, what is on hand, and how many. */
import { useId } from 'preact/hooks';
import { formatNumber } from './inventory-labels.js';
import type { StockRow } from './inventory-queries.js';

export function BatchRow(props: {
  name: string;
  /** The input's label, e.g. "How many Soap arrived". */
  label: string;
  row: StockRow;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
  const id = useId();
  return (
    <tr>
      <th scope="row">{props.name}</th>
      <td class="stock-table__number">{formatNumber(props.row.onHand)}</td>
      <td class="count-cell">
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
      </td>
    </tr>
  );
}
