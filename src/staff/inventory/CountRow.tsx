/** One item on the count form: its name, what the records say, and the number counted. */
import { t } from '../../i18n/index.js';
import { formatNumber } from './inventory-labels.js';
import type { StockRow } from './inventory-queries.js';
import { QuantityCell } from './QuantityCell.js';
import { StockStatusTag } from './StockStatusTag.js';

export function CountRow(props: {
  name: string;
  row: StockRow;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
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
      <QuantityCell
        label={t.value('inventory.count.field', { name: props.name })}
        typed={props.typed}
        onTyped={props.onTyped}
        problem={props.problem}
      />
    </tr>
  );
}
