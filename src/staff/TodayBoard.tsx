/**
 * The top of Today: counts, who checked in (live as kiosks sync) and stock running low. Names are
 * preferred names with a last initial; the visit list is for staff eyes only.
 */
import type { Floor, StockAlert, TodayVisit } from '../core/floor/floor.js';
import type { MessageKey } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { formatTime } from '../ui/format.js';
import { TableWrap } from '../ui/TableWrap.js';
import { receiveHref } from './inventory/inventory-routes.js';
import { useFloor } from './queue/use-floor.js';
import { useReversalsToday } from './use-reversals-today.js';
import './today-alerts.css';

const HOW: Record<string, MessageKey> = {
  card: 'floor.how.card',
  name: 'floor.how.name',
  staff: 'floor.how.staff',
};

export function TodayBoard() {
  const floor = useFloor();
  const reversals = useReversalsToday();
  if (floor.status !== 'ready') return null;
  return (
    <>
      <Counts counts={floor.value.counts} reversals={reversals.status === 'ready' ? reversals.value : null} />
      <div class="today-grid">
        <Visits visits={floor.value.visits} />
        <Alerts alerts={floor.value.alerts} />
      </div>
    </>
  );
}

function Counts({ counts, reversals }: { counts: Floor['counts']; reversals: number | null }) {
  const tiles: [MessageKey, number][] = [
    ['floor.count.visits', counts.visits],
    ['floor.count.participants', counts.participants],
    ['floor.count.visitors', counts.visitors],
    ['floor.count.waiting', counts.waiting],
    // issue 16: reports from the kiosks' "I used naloxone to help someone".
    ...(reversals === null ? [] : [['floor.count.reversals', reversals] as [MessageKey, number]]),
  ];
  return (
    <section aria-labelledby="today-counts-title">
      <h2 id="today-counts-title" class="visually-hidden">
        {t.value('floor.counts')}
      </h2>
      <dl class="today-counts">
        {tiles.map(([label, value]) => (
          <div key={label}>
            <dt>{t.value(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Visits({ visits }: { visits: readonly TodayVisit[] }) {
  return (
    <section class="panel" aria-labelledby="today-visits-title">
      <h2 id="today-visits-title">{t.value('floor.visits.title')}</h2>
      {visits.length === 0 ? (
        <p>{t.value('floor.visits.none')}</p>
      ) : (
        <TableWrap>
          <table class="table">
            <caption class="visually-hidden">{t.value('floor.visits.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.value('floor.col.time')}</th>
                <th scope="col">{t.value('floor.col.name')}</th>
                <th scope="col">{t.value('floor.col.who')}</th>
                <th scope="col">{t.value('floor.col.how')}</th>
                <th scope="col">{t.value('floor.col.ticket')}</th>
              </tr>
            </thead>
            <tbody>
              {[...visits].reverse().map((visit) => (
                <tr key={visit.visitId}>
                  <td>{formatTime(visit.at)}</td>
                  <td>{visit.name ?? t.value('floor.noName')}</td>
                  <td>{t.value(visit.who === 'participant' ? 'floor.who.participant' : 'floor.who.visitor')}</td>
                  <td>{t.value(visit.method ? (HOW[visit.method] ?? 'floor.how.staff') : 'floor.how.visitor')}</td>
                  <td>{visit.ticket ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function Alerts({ alerts }: { alerts: readonly StockAlert[] }) {
  return (
    <section class="panel" aria-labelledby="today-alerts-title">
      <h2 id="today-alerts-title">{t.value('floor.alerts.title')}</h2>
      {alerts.length === 0 ? (
        <p>{t.value('floor.alerts.none')}</p>
      ) : (
        <ul class="today-alerts">
          {alerts.map((alert) => (
            <li key={alert.itemId} class={`today-alerts__${alert.status}`}>
              <strong>{alert.name}</strong>:{' '}
              {t.value(`floor.status.${alert.status}`, { onHand: alert.onHand, minimum: alert.minimum ?? 0 })}{' '}
              <a class="today-alerts__receive" href={receiveHref(alert.itemId)}>
                {t.value('floor.alerts.receive')}
                <span class="visually-hidden"> {alert.name}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
