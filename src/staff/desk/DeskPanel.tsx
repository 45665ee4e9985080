/**
 * The front desk on Today: find a participant by name, the name they go by, last name or alias
 * (staff eyes only, this device's records, offline too), or take a visitor without a card, then
 * check them in or add to today's visit with the form below.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import type { DeviceIdentity } from '../../store/device-identity.js';
import { thisDevice } from '../../sync/device-state.js';
import { Alert } from '../../ui/Alert.js';
import { SignInIcon, UserPlusIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { filterParticipants } from '../participants/participant-queries.js';
import { workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { DeskCheckIn, type DeskPersonRef } from './DeskCheckIn.js';
import { deskPeople, deskVisitorsToday, shortName } from './desk-queries.js';

/** More matches than this asks for more of the name: the list stays short enough to read. */
const MAX_MATCHES = 8;

export function DeskPanel() {
  const site = workingSite.value;
  const loaded = useViews(() => deskPeople(site), `desk-people:${site}`);
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
      <VisitorsToday chosen={chosen} onChoose={setChosen} />
      {!hasLetter(thisDevice.value) && (
        <p class="field__hint">
          {t.value('desk.noLetter')} <a href="/staff/devices">{t.value('staff.nav.devices')}</a>
        </p>
      )}
      {chosen && <DeskCheckIn key={keyOf(chosen)} person={chosen} onClose={() => setChosen(null)} />}
    </section>
  );
}

function keyOf(person: DeskPersonRef): string {
  if (person.who === 'participant') return person.participantId;
  return person.who === 'visit' ? person.visitId : 'visitor';
}

/** Whether this browser gives ticket numbers: paired, not revoked, with a letter. */
function hasLetter(identity: DeviceIdentity | null | undefined): boolean {
  // Not read yet: say nothing rather than flash a hint.
  if (identity === undefined) return true;
  return identity !== null && !identity.revoked && Boolean(identity.ticketLetter);
}

/** Visitors checked in today (newest first, a few): the desk can add a request to their visit. */
function VisitorsToday(props: { chosen: DeskPersonRef | null; onChoose: (person: DeskPersonRef) => void }) {
  const site = workingSite.value;
  const loaded = useViews(() => deskVisitorsToday(site), `desk-visitors:${site}`);
  const visitors = loaded.status === 'ready' ? [...loaded.value].reverse().slice(0, MAX_MATCHES) : [];
  if (visitors.length === 0) return null;
  return (
    <>
      <h3 id="desk-visitors-title">{t.value('desk.visitorsToday')}</h3>
      <ul class="desk-results" aria-labelledby="desk-visitors-title">
        {visitors.map((visit) => {
          const given = visit.name ?? t.value('desk.visitorNoName');
          const name = visit.ticket ? t.value('desk.visitorLabel', { name: given, ticket: visit.ticket }) : given;
          const { chosen } = props;
          return (
            <li key={visit.visitId}>
              <span>{name}</span>
              <button
                type="button"
                class="button"
                aria-pressed={chosen?.who === 'visit' && chosen.visitId === visit.visitId}
                onClick={() => props.onChoose({ who: 'visit', visitId: visit.visitId, name })}
              >
                <SignInIcon />
                {t.value('desk.chooseAgain', { name })}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
