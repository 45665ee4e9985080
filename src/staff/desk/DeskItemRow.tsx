/** One item on the front desk's form: its name, how many can be asked for today, and how many. */
import { useId } from 'preact/hooks';
import type { NeedTile } from '../../core/kiosk/needs.js';
import { t } from '../../i18n/index.js';
import { formatNumber } from '../inventory/inventory-labels.js';

export function DeskItemRow(props: {
  tile: NeedTile;
  name: string;
  typed: string;
  onTyped: (value: string) => void;
  problem: string | null;
}) {
  const id = useId();
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
          <>
            <label for={id} class="visually-hidden">
              {t.value('desk.field', { name: props.name })}
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
        )}
      </td>
    </tr>
  );
}
