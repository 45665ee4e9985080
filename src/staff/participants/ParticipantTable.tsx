/** The participants shown in the list: name (linking to the profile), pronouns, card, status, and a checkbox to select. */
import { t } from '../../i18n/index.js';
import { DataTable } from '../../ui/DataTable.js';
import { fullName, profileHref } from './participant-labels.js';
import type { ParticipantSummary } from './participant-queries.js';

const COLUMNS = [
  'participants.col.name',
  'participants.col.pronouns',
  'participants.col.card',
  'participants.col.status',
] as const;

export function ParticipantTable({
  participants,
  selected,
  onSelect,
}: {
  participants: readonly ParticipantSummary[];
  selected: ReadonlySet<string>;
  onSelect: (participantId: string, on: boolean) => void;
}) {
  return (
    <DataTable caption="participants.listTitle" columns={COLUMNS}>
      {participants.map((participant) => {
        const name = fullName(participant);
        return (
          <tr key={participant.id} class={participant.active ? undefined : 'is-revoked'}>
            <th scope="row">
              <a class="participant-link" href={profileHref(participant.id)}>
                {name}
              </a>
            </th>
            <td>{participant.pronouns ?? '—'}</td>
            <td>{t.value(participant.hasActiveCard ? 'participants.card.working' : 'participants.card.none')}</td>
            <td>
              <span class={`status ${participant.active ? 'status--on' : 'status--off'}`}>
                {t.value(participant.active ? 'participants.status.active' : 'participants.status.inactive')}
              </span>
            </td>
            <td class="table__actions">
              <label class="select-check">
                <input
                  type="checkbox"
                  checked={selected.has(participant.id)}
                  onChange={(event) => onSelect(participant.id, event.currentTarget.checked)}
                />
                {t.value('participants.select')}
                <span class="visually-hidden"> {name}</span>
              </label>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
