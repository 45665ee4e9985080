/**
 * The front desk on Today: find a participant by name, the name they go by, last name or alias
 * (staff eyes only, this device's records, offline too), or take a visitor without a card, then
 * check them in or add to today's visit with the form below.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { SignInIcon, UserPlusIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { filterParticipants } from '../participants/participant-queries.js';
import { useViews } from '../use-views.js';
import { DeskCheckIn, type DeskPersonRef } from './DeskCheckIn.js';
import { deskPeople, shortName } from './desk-queries.js';

/** More matches than this asks for more of the name: the list stays short enough to read. */
const MAX_MATCHES = 8;

export function DeskPanel() {
  const loaded = useViews(deskPeople, 'desk-people');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<DeskPersonRef | null>(null);
  const people = loaded.status === 'ready' ? loaded.value : [];
  const typed = query.trim();
  const matches = typed === '' ? [] : filterParticipants(people, typed, 'active');
  return (
    <section class="panel desk" aria-labelledby="desk-title">
      <h2 id="desk-title">{t.value('desk.title')}</h2>
      <p class="panel__lead">{t.value('desk.lead')}</p>
      {loaded.status === 'failed' && <Alert message={t.value('participants.loadFailed')} />}
      <TextField
        label={t.value('desk.search')}
        hint={t.value('desk.searchHint')}
        value={query}
        onValue={setQuery}
        autoComplete="off"
      />
      {typed !== '' && loaded.status === 'ready' && matches.length === 0 && (
        <p role="status">{t.value('desk.noMatch', { query: typed })}</p>
      )}
      {matches.length > 0 && (
        <ul class="desk-results" aria-label={t.value('desk.results')}>
          {matches.slice(0, MAX_MATCHES).map((person) => {
            const name = shortName(person);
            return (
              <li key={person.id}>
                <span>
                  {[person.preferredName, person.lastName].filter(Boolean).join(' ')}
                  {person.aliases.length > 0 && ` (${person.aliases.join(', ')})`}
                  {person.today && (
                    <>
                      {' · '}
                      <span class="desk-results__today">
                        {person.today.ticket
                          ? t.value('desk.checkedInToday', { ticket: person.today.ticket })
                          : t.value('desk.checkedInTodayNoTicket')}
                      </span>
                    </>
                  )}
                </span>
                <button
                  type="button"
                  class="button"
                  aria-pressed={chosen?.who === 'participant' && chosen.participantId === person.id}
                  onClick={() => setChosen({ who: 'participant', participantId: person.id, name })}
                >
                  <SignInIcon />
                  {t.value(person.today ? 'desk.chooseAgain' : 'desk.choose', { name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {matches.length > MAX_MATCHES && <p>{t.value('desk.moreMatches', { count: MAX_MATCHES })}</p>}
      <p>
        <button
          type="button"
          class="button"
          aria-pressed={chosen?.who === 'visitor'}
          onClick={() => setChosen({ who: 'visitor' })}
        >
          <UserPlusIcon />
          {t.value('desk.visitor')}
        </button>
      </p>
      {chosen && <DeskCheckIn key={chosen.who === 'participant' ? chosen.participantId : 'visitor'} person={chosen} />}
    </section>
  );
}
