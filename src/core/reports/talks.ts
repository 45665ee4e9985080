/**
 * Conversations with case managers by topic and outcome: every case-manager topic asked for in
 * the range, and how its talk ended (done, not today and why, or still open).
 */
import { isTopic } from '../catalog/topics.js';
import type { ConversationView } from '../fold/views.js';
import { viewKey } from '../fold/views.js';
import type { NotTodayReason } from '../ops/conversations.js';
import { itemLabel, type ReportHistory } from './history.js';
import { type DayRange, inRange } from './range.js';

export type TalkOutcome = 'done' | 'notToday' | 'open';

export interface TalkRow<C> {
  readonly topicId: string;
  readonly name: string;
  readonly outcome: TalkOutcome;
  /** Why it could not happen today (only for `notToday`). */
  readonly reason: NotTodayReason | null;
  readonly conversations: C;
}

const OUTCOME_ORDER: readonly TalkOutcome[] = ['done', 'notToday', 'open'];

/** One row per topic, outcome and reason. */
export function talksByTopic(history: ReportHistory, range: DayRange): TalkRow<number>[] {
  const rows = new Map<string, { topicId: string; outcome: TalkOutcome; reason: NotTodayReason | null; n: number }>();
  for (const request of history.requests) {
    if (!inRange(request.created.day, range)) continue;
    const talk = history.views.get(viewKey('conversation', request.id)) as ConversationView | undefined;
    const outcome: TalkOutcome = talk?.ended?.type ?? 'open';
    const reason = talk?.ended?.type === 'notToday' ? talk.ended.reason : null;
    for (const asked of request.created.items) {
      if (!isTopic(history.items.get(asked.itemId))) continue;
      const key = `${asked.itemId}\u0000${outcome}\u0000${reason ?? ''}`;
      const row = rows.get(key) ?? { topicId: asked.itemId, outcome, reason, n: 0 };
      row.n += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .map((row) => ({
      topicId: row.topicId,
      name: itemLabel(history, row.topicId),
      outcome: row.outcome,
      reason: row.reason,
      conversations: row.n,
    }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'en') ||
        OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) ||
        String(a.reason).localeCompare(String(b.reason), 'en'),
    );
}
