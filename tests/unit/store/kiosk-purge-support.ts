/** A kiosk's day for the retention tests: check-ins and requests as the kiosk records them. */
import type { OpDraft } from '../../../src/core/ops/op.js';
import type { DropinDb } from '../../../src/store/db.js';
import type { OpStore } from '../../../src/store/op-store.js';
import { everything, KIOSK } from './fixtures.js';

/** The fixtures' clock starts at 10:00 in Los Angeles on this day. */
export const DAY = '2026-11-28';
/** 08:00 in Los Angeles the next morning: the center day has changed. */
export const NEXT_MORNING = Date.UTC(2026, 10, 29, 16);

/** Checks someone in with the kiosk's next ticket (letter A); returns the ticket and the op id. */
export async function checkIn(
  store: OpStore,
  visitId: string,
  who: { participantId: string } | { visitorName: string | null },
  day: string = DAY,
): Promise<{ ticket: string | null; opId: string }> {
  const { ops, ticket } = await store.recordWithTicket(
    { letter: 'A', day },
    (ticket): OpDraft[] => [
      {
        type: 'visit.checkedIn',
        payload:
          'participantId' in who
            ? { visitId, day, ticket, who: 'participant', participantId: who.participantId, method: 'card' }
            : { visitId, day, ticket, who: 'visitor', name: who.visitorName },
      },
    ],
    KIOSK,
  );
  return { ticket, opId: ops[0]?.id ?? '' };
}

/** Records a request at a visit; returns its op id. */
export async function ask(
  store: OpStore,
  request: {
    requestId: string;
    visitId: string;
    participantId: string | null;
    ticket: string | null;
    items: { itemId: string; quantity: number }[];
  },
  day: string = DAY,
): Promise<string> {
  const op = await store.record({ type: 'request.created', payload: { ...request, day } }, KIOSK);
  return op.id;
}

/** The server has everything in the outbox now. */
export async function acknowledgeAll(store: OpStore): Promise<void> {
  await store.acknowledge((await store.outboxBatch(1000)).map((op) => op.id));
}

/** Every store of the database as one JSON text, the way someone reading the tablet would see it. */
export async function dumpOf(db: DropinDb, without: readonly ('outbox' | 'meta')[] = []): Promise<string> {
  const state: Record<string, unknown> = await everything(db);
  for (const name of without) delete state[name];
  return JSON.stringify(state);
}
