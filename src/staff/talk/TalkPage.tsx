/**
 * "Talk with staff": requests for case-manager topics, as conversations. The signed-in person's
 * own people (their assigned participants, and talks they started) come first, then everyone else.
 */
import { useState } from 'preact/hooks';
import type { TalkEntry } from '../../core/floor/talks.js';
import type { OpDraft } from '../../core/ops/op.js';
import { t } from '../../i18n/index.js';
import { describeActionFailure, recordAsStaff } from '../staff-actions.js';
import { useStaffNames } from '../staff-names.js';
import { EndedTalks } from './EndedTalks.js';
import { type TalkDone, TalkRow, talkTitle } from './TalkRow.js';
import { useTalks } from './use-talks.js';
import './talk.css';

export function TalkPage() {
  useStaffNames();
  const talks = useTalks();
  const [done, setDone] = useState<string | null>(null);
  const answer = async (draft: OpDraft, kind: TalkDone, entry: TalkEntry) => {
    const result = await recordAsStaff([draft]);
    if (!result.ok) return describeActionFailure(result);
    setDone(t.value(`talk.done.${kind}`, { talk: talkTitle(entry) }));
    return null;
  };
  return (
    <>
      <h1>{t.value('talk.heading')}</h1>
      <p class="panel__lead">{t.value('talk.lead')}</p>
      <p role="status" class="talk__done">
        {done ?? ''}
      </p>
      {talks.status === 'ready' && (
        <>
          <TalkGroup
            id="talk-mine"
            title={t.value('talk.mine')}
            empty={t.value('talk.mine.empty')}
            entries={talks.value.mine}
            now={talks.now}
            answer={answer}
          />
          <TalkGroup
            id="talk-others"
            title={t.value('talk.others')}
            empty={t.value('talk.others.empty')}
            entries={talks.value.others}
            now={talks.now}
            answer={answer}
          />
          <EndedTalks entries={talks.value.ended} />
        </>
      )}
    </>
  );
}

function TalkGroup(props: {
  id: string;
  title: string;
  empty: string;
  entries: readonly TalkEntry[];
  now: number;
  answer(draft: OpDraft, kind: TalkDone, entry: TalkEntry): Promise<string | null>;
}) {
  return (
    <section class="talk-group" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.entries.length === 0 ? (
        <p class="talk__empty">{props.empty}</p>
      ) : (
        <div class="talk-list">
          {props.entries.map((entry) => (
            <TalkRow
              key={entry.requestId}
              entry={entry}
              now={props.now}
              answer={(draft, kind) => props.answer(draft, kind, entry)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
