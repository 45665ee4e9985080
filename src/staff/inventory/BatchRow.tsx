/** One item on the box or walk-up form: its name, what is on hand, and how many. */
import { formatNumber } from './inventory-labels.js';
import type { StockRow } from './inventory-queries.js';
import { QuantityCell } from './QuantityCell.js';

export function BatchRow(props: {
  name: string;
  /** The input's label, e.g. "How many Soap arrived". */
  label: string;
  row: StockRow;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
  return (
    <tr>
      <th scope="row">{props.name}</th>
      <td class="stock-table__number">{formatNumber(props.row.onHand)}</td>
      <QuantityCell label={props.label} typed={props.typed} onTyped={props.onTyped} problem={props.problem} />
    </tr>
  );
}
