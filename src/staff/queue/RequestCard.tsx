/**
 * One waiting request: number, name, what was asked (with the shelf count), how long they have
 * waited, and the four answers. Only one answer form is open at a time.
 */
import { useState } from 'preact/hooks';
import { cancel, decline, fulfilAll, fulfilPart, shortOnShelf } from '../../core/floor/answers.js';
import type { QueueEntry } from '../../core/floor/floor.js';
import type { WaitThresholds } from '../../core/floor/waiting.js';
import type { OpDraft } from '../../core/ops/op.js';
import type { DeclineReason } from '../../core/ops/requests.js';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { useAction } from '../../ui/form/use-action.js';
import { CallButtons } from './CallButtons.js';
import { hasDiscreetLine, lineName, ShowButton } from './MaskedLines.js';
import { WaitingTime } from './WaitingTime.js';

type Form = 'none' | 'part' | 'decline' | 'cancel';
type Done = 'fulfilled' | 'declined' | 'cancelled';

export interface RequestCardProps {
  readonly entry: QueueEntry;
  readonly now: number;
  /** When the waiting time turns amber, then red (the defaults unless an admin changed them). */
  readonly waitThresholds?: WaitThresholds | undefined;
  /** Records the answer; returns an error message, or null when it was saved. */
  answer(draft: OpDraft, done: Done): Promise<string | null>;
}

export function requestTitle(entry: Pick<QueueEntry, 'ticket'>): string {
  return entry.ticket ? t.value('queue.request', { ticket: entry.ticket }) : t.value('queue.noTicket');
}

export function RequestCard({ entry, now, waitThresholds, answer }: RequestCardProps) {
  const [form, setForm] = useState<Form>('none');
  // Discreet lines stay masked until Show (or "Hand out some", which needs to name them).
  const [shown, setShown] = useState(false);
  const masked = !shown && hasDiscreetLine(entry);
  const answering = useAction({
    act: async ({ draft, done }: { draft: OpDraft; done: Done }) => {
      const failure = await answer(draft, done);
      return failure === null ? ({ ok: true, value: null } as const) : ({ ok: false, failure } as const);
    },
    describe: (said: { ok: false; failure: string }) => said.failure,
  });
  const busy = answering.busy;
  const send = (draft: OpDraft, done: Done) => answering.run({ draft, done });
  const titleId = `request-${entry.requestId}`;
  return (
    <article class="request-card" aria-labelledby={titleId}>
      <header class="request-card__head">
        <h2 id={titleId}>{requestTitle(entry)}</h2>
        <span class="request-card__name">
          {entry.name ?? t.value('floor.noName')} ·{' '}
          {t.value(entry.who === 'participant' ? 'floor.who.participant' : 'floor.who.visitor')}
        </span>
        <span class="request-card__waited">
          <WaitingTime since={entry.since} now={now} thresholds={waitThresholds} />
        </span>
      </header>
      <ul class="request-card__lines">
        {entry.lines.map((line) => (
          <li key={line.itemId}>
            <strong>
              {line.quantity} × {lineName(line, masked)}
            </strong>{' '}
            <span class="request-card__meta">
              {line.tracked ? t.value('queue.onHand', { count: line.onHand ?? 0 }) : t.value('queue.service')}
              {line.discreet && !masked && ` · ${t.value('queue.discreet')}`}
            </span>
          </li>
        ))}
      </ul>
      {masked && <ShowButton ticket={entry.ticket} onShow={() => setShown(true)} />}
      {shortOnShelf(entry) && <p class="request-card__warning">{t.value('queue.shortOnShelfBrief')}</p>}
      {form === 'none' && (
        <div class="button-row">
          <button
            type="button"
            class="button button--primary"
            disabled={busy || shortOnShelf(entry)}
            onClick={() => void send(fulfilAll(entry), 'fulfilled')}
          >
            {t.value('queue.fulfilAll')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setShown(true);
              setForm('part');
            }}
          >
            {t.value('queue.fulfilPart')}
          </button>
          <button type="button" class="button" onClick={() => setForm('decline')}>
            {t.value('queue.decline')}
          </button>
          <button type="button" class="button button--danger" onClick={() => setForm('cancel')}>
            {t.value('queue.cancel')}
          </button>
          <CallButtons requestId={entry.requestId} ticket={entry.ticket} />
        </div>
      )}
      {form === 'part' && <PartForm entry={entry} busy={busy} onClose={() => setForm('none')} send={send} />}
      {form === 'decline' && <DeclineForm entry={entry} busy={busy} onClose={() => setForm('none')} send={send} />}
      {form === 'cancel' && (
        <div class="request-card__form">
          <p>{t.value('queue.cancel.confirm')}</p>
          <div class="button-row">
            <button
              type="button"
              class="button button--danger"
              disabled={busy}
              onClick={() => void send(cancel(entry, ''), 'cancelled')}
            >
              {t.value('queue.cancel.save')}
            </button>
            <button type="button" class="button" onClick={() => setForm('none')}>
              {t.value('queue.close')}
            </button>
          </div>
        </div>
      )}
      <Alert message={answering.error} />
    </article>
  );
}

interface FormProps {
  readonly entry: QueueEntry;
  readonly busy: boolean;
  onClose(): void;
  send(draft: OpDraft, done: Done): Promise<void>;
}

const PART_PROBLEMS: Record<string, MessageKey> = {
  notWhole: 'queue.part.notWhole',
  tooMany: 'queue.part.tooMany',
  nothing: 'queue.part.nothing',
};

function PartForm({ entry, busy, onClose, send }: FormProps) {
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(entry.lines.map((line) => [line.itemId, String(line.quantity)])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const given = new Map(entry.lines.map((line) => [line.itemId, Number((typed[line.itemId] ?? '').trim() || 'NaN')]));
    const result = fulfilPart(entry, given);
    if (!result.ok) {
      setProblem(t.value(PART_PROBLEMS[result.problem] ?? 'queue.part.notWhole'));
      return;
    }
    setProblem(null);
    void send(result.draft, 'fulfilled');
  };
  return (
    <form class="request-card__form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.value('queue.part.legend')}</legend>
        {entry.lines.map((line) => (
          <div class="field field--inline" key={line.itemId}>
            <label for={`part-${entry.requestId}-${line.itemId}`}>{line.name}</label>
            <input
              id={`part-${entry.requestId}-${line.itemId}`}
              inputMode="numeric"
              value={typed[line.itemId] ?? ''}
              aria-describedby={`part-${entry.requestId}-${line.itemId}-of`}
              onInput={(event) => setTyped({ ...typed, [line.itemId]: event.currentTarget.value })}
            />
            <span id={`part-${entry.requestId}-${line.itemId}-of`}>
              {t.value('queue.part.of', { count: line.quantity })}
            </span>
          </div>
        ))}
      </fieldset>
      {problem && <Alert message={problem} />}
      <SaveOrClose label={t.value('queue.part.save')} busy={busy} onClose={onClose} />
    </form>
  );
}

/** An answer form's buttons: save it, or close it and go back to the four answers. */
function SaveOrClose({ label, busy, onClose }: { label: string; busy: boolean; onClose(): void }) {
  return (
    <div class="button-row">
      <button type="submit" class="button button--primary" disabled={busy}>
        {label}
      </button>
      <button type="button" class="button" onClick={onClose}>
        {t.value('queue.close')}
      </button>
    </div>
  );
}

const REASONS: readonly DeclineReason[] = ['outOfStock', 'limitReached', 'other'];
/** The reasons as the card's own plain rows, not the big choice buttons of a page form. */
const PLAIN_ROWS = { group: '', option: 'choice' } as const;

function DeclineForm({ entry, busy, onClose, send }: FormProps) {
  const [reason, setReason] = useState<DeclineReason>('outOfStock');
  const [note, setNote] = useState('');
  return (
    <form
      class="request-card__form"
      onSubmit={(event) => {
        event.preventDefault();
        void send(decline(entry, reason, note), 'declined');
      }}
    >
      <ChoiceGroup
        legend={t.value('queue.decline.reason')}
        options={REASONS.map((value) => ({ value, label: t.value(`queue.decline.${value}`) }))}
        value={reason}
        onValue={setReason}
        look={PLAIN_ROWS}
      />
      <div class="field">
        <label for={`note-${entry.requestId}`}>{t.value('queue.note')}</label>
        <input
          id={`note-${entry.requestId}`}
          maxLength={500}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <SaveOrClose label={t.value('queue.decline.save')} busy={busy} onClose={onClose} />
    </form>
  );
}
