/** One item on the front desk's form: its name, how many can be asked for today, and how many. */
import type { NeedTile } from '../../core/kiosk/needs.js';
import { t } from '../../i18n/index.js';
import { formatNumber } from '../inventory/inventory-labels.js';
import { QuantityInput } from '../inventory/QuantityCell.js';

export function DeskItemRow(props: {
  tile: NeedTile;
  name: string;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
  const { tile } = props;
  const available = tile.availability === 'available';
  return (
    <tr class={available ? undefined : 'desk-items__unavailable'}>
      <th scope="row">{props.name}</th>
      <td>
        {available
          ? t.value('desk.upTo', { max: formatNumber(tile.max) })
          : t.value(tile.availability === 'out' ? 'desk.out' : 'desk.limitReached')}
      </td>
      <td class="count-cell">
        {available && (
          <QuantityInput
            label={t.value('desk.field', { name: props.name })}
            typed={props.typed}
            onTyped={props.onTyped}
            problem={props.problem}
          />
        )}
      </td>
    </tr>
  );
}
