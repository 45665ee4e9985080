/** A participant's visits, requests (items asked for and the outcome) and totals of items received. */
import type { ComponentChildren } from 'preact';
import { requestState } from '../../core/fold/requests.js';
import type { MessageKey } from '../../i18n/index.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { useViews } from '../use-views.js';
import { formatDateOf, formatDay } from './dates.js';
import { catalogNames, itemName } from './lookups.js';
import { CHECK_IN_METHOD, DECLINE_REASON, OUTCOME_LABEL } from './participant-labels.js';
import type { ParticipantProfile } from './participant-queries.js';

export function ParticipantHistory({ profile }: { profile: ParticipantProfile }) {
  const catalog = useViews(catalogNames, 'catalog');
  const language = currentLanguage.value;
  const nameOf = (itemId: string) =>
    itemName(catalog.status === 'ready' ? catalog.value.get(itemId) : null, language) ??
    t.value('participants.item.unknown');

  return (
    <>
      <HistoryPanel
        id="visits"
        title="participants.visits"
        empty="participants.visits.none"
        count={profile.visits.length}
      >
        <HistoryTable
          columns={['participants.visits.col.date', 'participants.visits.col.how']}
          caption="participants.visits"
        >
          {profile.visits.map((visit) => (
            <tr key={visit.visitId}>
              <th scope="row">{formatDay(visit.day)}</th>
              <td>{visit.who === 'participant' ? t.value(CHECK_IN_METHOD[visit.method]) : '—'}</td>
            </tr>
          ))}
        </HistoryTable>
      </HistoryPanel>
      <HistoryPanel
        id="requests"
        title="participants.requests"
        empty="participants.requests.none"
        count={profile.requests.length}
      >
        <HistoryTable
          caption="participants.requests"
          columns={[
            'participants.requests.col.date',
            'participants.requests.col.items',
            'participants.requests.col.outcome',
          ]}
        >
          {profile.requests.map((request) => {
            const state = requestState(request);
            const reason = request.outcome?.reason;
            // Topics are conversations: their state, not the hand-out outcome, says how they went.
            const talk = profile.talks.get(request.id);
            return (
              <tr key={request.id}>
                <th scope="row">{formatDateOf(request.created?.at, '—')}</th>
                <td>
                  {(request.created?.items ?? [])
                    .map((item) =>
                      t.value('participants.item.quantity', { name: nameOf(item.itemId), quantity: item.quantity }),
                    )
                    .join(', ')}
                </td>
                <td>
                  {(!talk || talk.handOut) && t.value(OUTCOME_LABEL[state])}
                  {(!talk || talk.handOut) && state === 'declined' && reason
                    ? ` (${t.value(DECLINE_REASON[reason])})`
                    : ''}
                  {talk && `${talk.handOut ? ' · ' : ''}${t.value(`participants.talk.${talk.state}`)}`}
                </td>
              </tr>
            );
          })}
        </HistoryTable>
      </HistoryPanel>
      <HistoryPanel
        id="received"
        title="participants.received"
        empty="participants.received.none"
        count={profile.itemsReceived.length}
      >
        <HistoryTable
          caption="participants.received"
          columns={['participants.received.col.item', 'participants.received.col.quantity']}
        >
          {profile.itemsReceived.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{itemName(item.name, language) ?? t.value('participants.item.unknown')}</th>
              <td>{item.quantity}</td>
            </tr>
          ))}
        </HistoryTable>
      </HistoryPanel>
    </>
  );
}

function HistoryPanel(props: {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  count: number;
  children: ComponentChildren;
}) {
  return (
    <section class="panel" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t.value(props.title)}</h2>
      {props.count === 0 ? <p>{t.value(props.empty)}</p> : props.children}
    </section>
  );
}

/** A read-only table (DataTable adds an actions column these histories do not need). */
function HistoryTable(props: { caption: MessageKey; columns: readonly MessageKey[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{t.value(props.caption)}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {t.value(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
