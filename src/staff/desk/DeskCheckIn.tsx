/**
 * The front desk's check-in form for one participant or a visitor: what they need today (the
 * kiosk's limits, less what they asked for already), then Check in, which gives this device's next
 * ticket, or Add the request, which keeps today's visit and ticket. The ticket is shown big.
 */
import { useState } from 'preact/hooks';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { SignInIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { say } from '../inventory/inventory-labels.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { DeskItemRow } from './DeskItemRow.js';
import { checkInAtDesk, type DeskCheckedIn, type DeskWho } from './desk-actions.js';
import { type DeskResult, parseDeskRequest } from './desk-form.js';
import { type DeskTarget, deskChoices } from './desk-queries.js';
import './desk.css';

export type DeskPersonRef =
  | { readonly who: 'participant'; readonly participantId: string; readonly name: string }
  | { readonly who: 'visitor' }
  /** A visitor already checked in today, by the name they gave (if any) and their ticket. */
  | { readonly who: 'visit'; readonly visitId: string; readonly name: string };

/** What the form asks the store about, and the key its views are read under. */
function targetOf(person: DeskPersonRef): { target: DeskTarget; key: string } {
  switch (person.who) {
    case 'participant':
      return { target: { who: 'participant', participantId: person.participantId }, key: person.participantId };
    case 'visit':
      return { target: { who: 'visit', visitId: person.visitId }, key: person.visitId };
    case 'visitor':
      return { target: { who: 'visitor' }, key: 'visitor' };
  }
}

export function DeskCheckIn({
  person,
  headingLevel = 3,
  onClose,
}: {
  person: DeskPersonRef;
  headingLevel?: 2 | 3;
  /** Shown as Cancel when the form can be put away (on Today). */
  onClose?: () => void;
}) {
  const { target, key } = targetOf(person);
  const site = workingSite.value;
  const loaded = useViews(() => deskChoices(target, site), `desk-${key}:${site}`);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [visitorName, setVisitorName] = useState('');
  const [given, setGiven] = useState<DeskCheckedIn | null>(null);
  const choices = loaded.status === 'ready' ? loaded.value : null;
  const today = choices?.today ?? null;
  const parse = (): DeskResult => parseDeskRequest(choices?.tiles ?? [], typed, today !== null);
  const parsed = parse();
  const name = person.who === 'visitor' ? visitorName.trim() || t.value('desk.done.visitor') : person.name;
  const form = useActionForm({
    validate: () => {
      const request = parse();
      return request.ok ? request : refuse();
    },
    act: (request: Extract<DeskResult, { ok: true }>) => {
      const who: DeskWho =
        person.who === 'visitor'
          ? { who: 'visitor', name: visitorName.trim() === '' ? null : visitorName.trim().slice(0, 60) }
          : target.who === 'visitor'
            ? { who: 'visitor', name: null }
            : target;
      return checkInAtDesk(who, request.items);
    },
    describe: describeActionFailure,
    done: (checkedIn) => {
      setTyped({});
      setVisitorName('');
      setGiven(checkedIn);
      form.reset();
      const ticket = checkedIn.ticket;
      if (checkedIn.again) {
        return ticket ? t.value('desk.done.added', { name, ticket }) : t.value('desk.done.addedNoTicket', { name });
      }
      return ticket
        ? t.value('desk.done.checkedIn', { name, ticket })
        : t.value('desk.done.checkedInNoTicket', { name });
    },
  });
  const failed = form.tried && !parsed.ok ? parsed : null;
  const language = currentLanguage.value;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title =
    person.who === 'visitor'
      ? t.value('desk.form.visitor')
      : t.value(today || person.who === 'visit' ? 'desk.form.again' : 'desk.form.participant', { name: person.name });
  const titleId = `desk-form-${key}`;
  return (
    <section class="panel desk-form" aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <Notice message={form.message} />
      {form.message && given?.ticket && (
        <p class="desk-ticket">
          <span>{t.value('desk.ticket')}</span> <strong>{given.ticket}</strong>
        </p>
      )}
      {today && (
        <p>
          {today.ticket
            ? t.value('desk.form.returning', { ticket: today.ticket })
            : t.value('desk.form.returningNoTicket')}
        </p>
      )}
      {loaded.status === 'failed' && <Alert message={t.value('inventory.loadFailed')} />}
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {choices && (
        <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
          {person.who === 'visitor' && (
            <TextField
              label={t.value('desk.visitorName')}
              hint={t.value('desk.visitorNameHint')}
              value={visitorName}
              onValue={setVisitorName}
              autoComplete="off"
            />
          )}
          <p class="field__hint">{t.value('desk.itemsHint')}</p>
          <div class="table-wrap desk-items">
            <table class="table">
              <caption class="visually-hidden">{t.value('desk.items.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.value('desk.col.item')}</th>
                  <th scope="col">{t.value('desk.col.available')}</th>
                  <th scope="col">{t.value('desk.col.howMany')}</th>
                </tr>
              </thead>
              <tbody>
                {choices.tiles.map((tile) => (
                  <DeskItemRow
                    key={tile.item.id}
                    tile={tile}
                    name={itemName(tile.item, language)}
                    typed={typed[tile.item.id] ?? ''}
                    onTyped={(value) => {
                      form.clearMessage();
                      setTyped((current) => ({ ...current, [tile.item.id]: value }));
                    }}
                    problem={say(failed?.problems[tile.item.id])}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {failed && (
            <Alert message={t.value(failed.nothingChosen ? 'desk.problem.nothingChosen' : 'desk.problem.summary')} />
          )}
          <Alert message={form.error} />
          <button type="submit" class="button button--primary" disabled={form.busy}>
            <SignInIcon />
            {t.value(today ? 'desk.submit.add' : 'desk.submit.checkIn')}
          </button>
          {onClose && (
            <button type="button" class="button" onClick={onClose}>
              {t.value('desk.cancel')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
