/** An item's movements, newest first: when, the change, what, why, who and on which device. */
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../ui/format.js';
import { staffName, useStaffNames } from '../staff-names.js';
import { shortDeviceId, useDeviceNames } from './device-names.js';
import { type EarlierMovements, type HistoryLine, signed } from './inventory-history.js';
import { say } from './inventory-labels.js';

const COLUMNS = [
  'inventory.history.col.when',
  'inventory.history.col.change',
  'inventory.history.col.what',
  'inventory.history.col.why',
  'inventory.history.col.who',
  'inventory.history.col.device',
] as const;

export function StockHistory(props: {
  lines: readonly HistoryLine[];
  earlier: EarlierMovements | null;
  thisDeviceId: string;
}) {
  const { lines, earlier, thisDeviceId } = props;
  useStaffNames();
  const devices = useDeviceNames();
  const deviceName = (deviceId: string) =>
    deviceId === thisDeviceId
      ? t.value('inventory.history.thisDevice')
      : (devices.get(deviceId) ?? t.value('inventory.history.device', { id: shortDeviceId(deviceId) }));
  const who = (actor: string | null) =>
    actor === null ? t.value('inventory.history.kiosk') : staffName(actor, t.value('inventory.history.unknownStaff'));

  return (
    <section class="panel" aria-labelledby="stock-history-title">
      <h2 id="stock-history-title">{t.value('inventory.history.title')}</h2>
      {lines.length === 0 && !earlier ? (
        <p>{t.value('inventory.history.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table stock-history">
            <caption class="visually-hidden">{t.value('inventory.history.caption')}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t.value(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.opId}>
                  <th scope="row">{formatDateTime(line.at)}</th>
                  <td class={`stock-change${line.change < 0 ? ' stock-change--down' : ''}`}>{signed(line.change)}</td>
                  <td>{say(line.what)}</td>
                  <td>{why(line)}</td>
                  <td>{who(line.actor)}</td>
                  <td>{deviceName(line.deviceId)}</td>
                </tr>
              ))}
              {earlier && (
                <tr>
                  <th scope="row">—</th>
                  <td class={`stock-change${earlier.change < 0 ? ' stock-change--down' : ''}`}>
                    {signed(earlier.change)}
                  </td>
                  <td>{t.value('inventory.history.earlier', { count: earlier.count })}</td>
                  <td>{t.value('inventory.history.earlierWhy')}</td>
                  <td>—</td>
                  <td>—</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function why(line: HistoryLine): string {
  const parts = [
    line.reason ? t.value(line.reason) : null,
    line.source ? t.value('inventory.history.from', { source: line.source }) : null,
    line.note,
  ];
  return parts.filter(Boolean).join(' · ') || '—';
}
