/**
 * Call a number to the lobby display: Call, then "Call again" and "No answer". Small, so it sits
 * in a request card's action row or on a conversation row; it reads the call's state itself.
 */
import { centerDay } from '../../core/day.js';
import { wallTime } from '../../core/floor/floor.js';
import { callStateOf } from '../../core/fold/calls.js';
import { type CallView, viewKey } from '../../core/fold/views.js';
import { t } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { Alert } from '../../ui/Alert.js';
import { useAction } from '../../ui/form/use-action.js';
import { formatTime } from '../../ui/format.js';
import { MegaphoneIcon } from '../../ui/icons.js';
import { describeActionFailure, recordAsStaff } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import './CallButtons.css';

export interface CallButtonsProps {
  /** The request (or conversation) whose number is called: the call is keyed by it. */
  readonly requestId: string;
  /** Its ticket; with no ticket there is nothing to call, and nothing shows. */
  readonly ticket: string | null;
}

/** Call, Call again and No answer for one ticket, with when it was last called. */
export function CallButtons({ requestId, ticket }: CallButtonsProps) {
  const loaded = useViews(async () => (await appOpStore()).view(viewKey('call', requestId)), requestId);
  const view = loaded.status === 'ready' ? (loaded.value as CallView | undefined) : undefined;
  const state = callStateOf(view);
  const acting = useAction({
    act: async (kind: 'call' | 'noAnswer') => {
      if (!ticket) return { ok: true, value: null } as const;
      const result = await recordAsStaff([
        kind === 'call'
          ? { type: 'ticket.called', payload: { requestId, ticket, day: centerDay(new Date()) } }
          : { type: 'ticket.notAnswered', payload: { requestId } },
      ]);
      return result.ok ? ({ ok: true, value: null } as const) : result;
    },
    describe: describeActionFailure,
  });
  if (!ticket) return null;
  const busy = acting.busy || loaded.status === 'loading';
  return (
    <div class="call-buttons">
      <button
        type="button"
        class={`button${state === null ? ' button--primary' : ''}`}
        disabled={busy}
        onClick={() => void acting.run('call')}
      >
        <MegaphoneIcon size={18} />
        {t.value(state === null ? 'call.call' : 'call.again')}
      </button>
      {state === 'called' && (
        <button type="button" class="button" disabled={busy} onClick={() => void acting.run('noAnswer')}>
          {t.value('call.noAnswer')}
        </button>
      )}
      <span class="call-buttons__state" aria-live="polite">
        {view?.lastCall && state === 'called' && calledText(view)}
        {state === 'noAnswer' && t.value('call.notAnswered')}
      </span>
      <Alert message={acting.error} />
    </div>
  );
}

function calledText(view: CallView): string {
  const time = formatTime(wallTime(view.lastCall?.at ?? ''));
  return view.calls > 1 ? t.value('call.calledTimes', { count: view.calls, time }) : t.value('call.called', { time });
}
