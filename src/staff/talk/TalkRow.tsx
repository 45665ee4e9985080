/**
 * One open conversation: number, name, the topics, how long they have waited, and where it stands
 * (waiting, or talking with a staff member). No hand-out buttons: a topic is talked through.
 */
import { useState } from 'preact/hooks';
import { finishTalk, startTalk } from '../../core/floor/talk-answers.js';
import type { TalkEntry } from '../../core/floor/talks.js';
import type { OpDraft } from '../../core/ops/op.js';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import { useAction } from '../../ui/form/use-action.js';
import { CallButtons } from '../queue/CallButtons.js';
import { staffName } from '../staff-names.js';
import { NotTodayForm } from './NotTodayForm.js';

export type TalkDone = 'started' | 'finished' | 'notToday';

export interface TalkRowProps {
  readonly entry: TalkEntry;
  readonly now: number;
  /** Records the answer; returns an error message, or null when it was saved. */
  answer(draft: OpDraft, done: TalkDone): Promise<string | null>;
}

export function talkTitle(entry: Pick<TalkEntry, 'ticket'>): string {
  return entry.ticket ? t.value('talk.title.ticket', { ticket: entry.ticket }) : t.value('talk.title.noTicket');
}

export function TalkRow({ entry, now, answer }: TalkRowProps) {
  const [form, setForm] = useState<'none' | 'notToday'>('none');
  const answering = useAction({
    act: async ({ draft, done }: { draft: OpDraft; done: TalkDone }) => {
      const failure = await answer(draft, done);
      return failure === null ? ({ ok: true, value: null } as const) : ({ ok: false, failure } as const);
    },
    describe: (said: { ok: false; failure: string }) => said.failure,
  });
  const send = (draft: OpDraft, done: TalkDone) => void answering.run({ draft, done });
  const minutes = Math.floor((now - entry.since) / 60_000);
  const titleId = `talk-${entry.requestId}`;
  const someone = t.value('queue.someone');
  return (
    <article class="talk-row" aria-labelledby={titleId}>
      <header class="talk-row__head">
        <h3 id={titleId}>{talkTitle(entry)}</h3>
        <span class="talk-row__name">
          {entry.name ?? t.value('floor.noName')} ·{' '}
          {t.value(entry.who === 'participant' ? 'floor.who.participant' : 'floor.who.visitor')}
        </span>
        <span class="talk-row__waited">
          {minutes < 1 ? t.value('queue.waitedJustNow') : t.value('queue.waited', { minutes })}
        </span>
      </header>
      <p class="talk-row__topics">
        {t.value('talk.about', { topics: entry.topics.map((topic) => topic.name).join(', ') })}
      </p>
      <p class={`talk-row__state talk-row__state--${entry.state}`}>
        {entry.state === 'talking'
          ? t.value('talk.state.talking', { name: entry.talkingWith ? staffName(entry.talkingWith, someone) : someone })
          : t.value('talk.state.waiting')}
        {entry.caseManager && entry.state === 'waiting' && (
          <> · {t.value('talk.caseManager', { name: staffName(entry.caseManager, someone) })}</>
        )}
      </p>
      {form === 'none' && (
        // Call first: a waiting person is called to the desk by number, as for a hand-out.
        <div class="button-row talk-row__actions">
          {entry.state === 'waiting' && <CallButtons requestId={entry.requestId} ticket={entry.ticket} />}
          {entry.state === 'waiting' ? (
            <button
              type="button"
              class="button button--primary"
              disabled={answering.busy}
              onClick={() => send(startTalk(entry.requestId), 'started')}
            >
              {t.value('talk.start')}
            </button>
          ) : (
            <button
              type="button"
              class="button button--primary"
              disabled={answering.busy}
              onClick={() => send(finishTalk(entry.requestId), 'finished')}
            >
              {t.value('talk.finish')}
            </button>
          )}
          <button type="button" class="button" onClick={() => setForm('notToday')}>
            {t.value('talk.notToday')}
          </button>
        </div>
      )}
      {form === 'notToday' && (
        <NotTodayForm
          requestId={entry.requestId}
          busy={answering.busy}
          onClose={() => setForm('none')}
          send={(draft) => send(draft, 'notToday')}
        />
      )}
      <Alert message={answering.error} />
    </article>
  );
}
