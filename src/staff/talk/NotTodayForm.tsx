/** "Not today" on a conversation: a reason (none of them blames the person) and an optional note. */
import { useState } from 'preact/hooks';
import { notToday } from '../../core/floor/talk-answers.js';
import type { NotTodayReason } from '../../core/ops/conversations.js';
import type { OpDraft } from '../../core/ops/op.js';
import { t } from '../../i18n/index.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';

const REASONS: readonly NotTodayReason[] = ['caseManagerAway', 'noTime', 'participantLeft', 'other'];
/** The reasons as plain rows (a class of our own: `.choice` belongs to the start page). */
const PLAIN_ROWS = { group: '', option: 'talk-row__reason' } as const;

export function NotTodayForm({
  requestId,
  busy,
  onClose,
  send,
}: {
  requestId: string;
  busy: boolean;
  onClose(): void;
  send(draft: OpDraft): void;
}) {
  const [reason, setReason] = useState<NotTodayReason>('caseManagerAway');
  const [note, setNote] = useState('');
  return (
    <form
      class="talk-row__form"
      onSubmit={(event) => {
        event.preventDefault();
        send(notToday(requestId, reason, note));
      }}
    >
      <ChoiceGroup
        legend={t.value('talk.notToday.reason')}
        options={REASONS.map((value) => ({ value, label: t.value(`talk.notToday.${value}`) }))}
        value={reason}
        onValue={setReason}
        look={PLAIN_ROWS}
      />
      <div class="field">
        <label for={`talk-note-${requestId}`}>{t.value('queue.note')}</label>
        <input
          id={`talk-note-${requestId}`}
          maxLength={500}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t.value('talk.notToday.save')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t.value('queue.close')}
        </button>
      </div>
    </form>
  );
}
