/** One item on the count form: its name, what the records say, and the number counted. */
import { useId } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { formatNumber } from './inventory-labels.js';
import type { StockRow } from './inventory-queries.js';
import { StockStatusTag } from './StockStatusTag.js';

export function CountRow(props: {
  name: string;
  row: StockRow;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
  const id = useId();
  return (
    <tr>
      <th scope="row">
        {props.name}
        {props.row.status !== 'ok' && (
          <>
            {' '}
            <StockStatusTag status={props.row.status} />
          </>
        )}
      </th>
      <td class="stock-table__number">{formatNumber(props.row.onHand)}</td>
      <td class="count-cell">
        <label for={id} class="visually-hidden">
          {t.value('inventory.count.field', { name: props.name })}
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
