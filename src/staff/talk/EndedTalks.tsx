/** Today's finished conversations, latest first: done with whom, or not today and why. */

import { wallTime } from '../../core/floor/floor.js';
import type { TalkEntry } from '../../core/floor/talks.js';
import { t } from '../../i18n/index.js';
import { formatTime } from '../../ui/format.js';
import { staffName } from '../staff-names.js';
import { talkTitle } from './TalkRow.js';

export function EndedTalks({ entries }: { entries: readonly TalkEntry[] }) {
  if (entries.length === 0) return null;
  const someone = t.value('queue.someone');
  return (
    <section class="panel" aria-labelledby="talk-ended-title">
      <h2 id="talk-ended-title">{t.value('talk.ended.title')}</h2>
      <ul class="talk-ended">
        {entries.map((entry) => {
          const ended = entry.ended;
          if (!ended) return null;
          const values = {
            name: ended.actor ? staffName(ended.actor, someone) : someone,
            time: formatTime(wallTime(ended.at)),
          };
          return (
            <li key={entry.requestId}>
              <strong>{talkTitle(entry)}</strong> · {entry.name ?? t.value('floor.noName')}
              <br />
              {ended.type === 'done'
                ? t.value('talk.ended.done', values)
                : t.value('talk.ended.notToday', {
                    ...values,
                    reason: t.value(`talk.notToday.${ended.reason ?? 'other'}`),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
