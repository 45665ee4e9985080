/**
 * The participant list: search by any name or alias, a status filter (Active by default), a
 * table linking to each profile, and a selection whose cards can be printed together.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { IdCardIcon, UserPlusIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { useViews } from '../use-views.js';
import { ParticipantTable } from './ParticipantTable.js';
import { printCardsHref } from './participant-labels.js';
import { filterParticipants, listParticipants, type StatusFilter } from './participant-queries.js';

const FILTERS: readonly { value: StatusFilter; label: MessageKey }[] = [
  { value: 'active', label: 'participants.filter.active' },
  { value: 'inactive', label: 'participants.filter.inactive' },
  { value: 'all', label: 'participants.filter.all' },
];

export function ParticipantList() {
  const loaded = useViews(listParticipants, 'list');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const everyone = loaded.status === 'ready' ? loaded.value : [];
  const shown = filterParticipants(everyone, query, status);
  // Someone selected, then filtered out, is still printed: the count says how many.
  const known = new Set(everyone.map((participant) => participant.id));
  const chosen = [...selected].filter((id) => known.has(id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <div class="panel__heading">
        <h1>{t.value('participants.title')}</h1>
        <a class="button button--primary" href="/staff/participants/new">
          <UserPlusIcon />
          {t.value('participants.enroll')}
        </a>
      </div>
      <div class="participant-filters">
        <TextField
          label={t.value('participants.search')}
          hint={t.value('participants.searchHint')}
          value={query}
          onValue={setQuery}
          autoComplete="off"
          inputProps={{ spellcheck: false }}
        />
        <ChoiceGroup
          legend={t.value('participants.filter')}
          options={FILTERS.map((filter) => ({ value: filter.value, label: t.value(filter.label) }))}
          value={status}
          onValue={setStatus}
        />
      </div>
      {loaded.status === 'failed' && <Alert message={t.value('participants.loadFailed')} />}
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {loaded.status === 'ready' && everyone.length === 0 && <p>{t.value('participants.none')}</p>}
      {/* Always present, so screen readers hear "No one matches." as the search narrows. */}
      <p role="status">{everyone.length > 0 && shown.length === 0 ? t.value('participants.noMatch') : ''}</p>
      {shown.length > 0 && <ParticipantTable participants={shown} selected={selected} onSelect={toggle} />}
      {everyone.length > 0 && (
        <div class="button-row participant-print">
          {chosen.length > 0 && (
            <a class="button" href={printCardsHref(chosen, 'new')}>
              <IdCardIcon />
              {t.value('participants.printSelected')}
            </a>
          )}
          <span role="status">
            {chosen.length > 0
              ? t.value('participants.selected', { count: chosen.length })
              : t.value('participants.printHint')}
          </span>
          {chosen.length > 0 && (
            <button type="button" class="button" onClick={() => setSelected(new Set())}>
              {t.value('participants.clearSelection')}
            </button>
          )}
          {shown.length > 0 && (
            <button
              type="button"
              class="button"
              onClick={() => setSelected((current) => new Set([...current, ...shown.map((p) => p.id)]))}
            >
              {t.value('participants.selectAll')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
