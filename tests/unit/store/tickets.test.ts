import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatTicket, nextTicketCounter } from '../../../src/core/kiosk/tickets.js';
import type { OpDraft } from '../../../src/core/ops/op.js';
import { closeAll, everything, freshIndexedDb, KIOSK, openDevice } from './fixtures.js';

beforeEach(freshIndexedDb);
afterEach(closeAll);

const visit =
  (visitId: string, day: string) =>
  (ticket: string | null): OpDraft[] => [
    { type: 'visit.checkedIn', payload: { visitId, day, ticket, who: 'visitor', name: null } },
  ];

describe('ticket numbers', () => {
  it('count up per day and start again at 1 the next day', () => {
    expect(nextTicketCounter(undefined, '2026-11-30')).toEqual({ day: '2026-11-30', last: 1 });
    expect(nextTicketCounter({ day: '2026-11-30', last: 16 }, '2026-11-30').last).toBe(17);
    expect(nextTicketCounter({ day: '2026-11-27', last: 16 }, '2026-11-30').last).toBe(1);
    expect(nextTicketCounter({ nonsense: true }, '2026-11-30').last).toBe(1);
    expect(nextTicketCounter({ day: '2026-11-30', last: 9999 }, '2026-11-30').last).toBe(1);
    expect(formatTicket('A', 17)).toBe('A-17');
  });

  it('are handed out with the check-in in one transaction: A-1, A-2, then A-1 the next day', async () => {
    const { store } = await openDevice('tickets');
    const letter = 'A';
    const first = await store.recordWithTicket(
      { letter, day: '2026-11-30' },
      visit('visit_00000001', '2026-11-30'),
      KIOSK,
    );
    const second = await store.recordWithTicket(
      { letter, day: '2026-11-30' },
      visit('visit_00000002', '2026-11-30'),
      KIOSK,
    );
    const nextDay = await store.recordWithTicket(
      { letter, day: '2026-12-02' },
      visit('visit_00000003', '2026-12-02'),
      KIOSK,
    );
    expect([first.ticket, second.ticket, nextDay.ticket]).toEqual(['A-1', 'A-2', 'A-1']);
    expect(first.ops[0]?.payload).toMatchObject({ ticket: 'A-1' });
    expect(await store.outboxCount()).toBe(3);
  });

  it('are not used up by a check-in that could not be saved', async () => {
    const { db, store } = await openDevice('tickets-failed');
    await store.recordWithTicket({ letter: 'B', day: '2026-11-30' }, visit('visit_00000001', '2026-11-30'), KIOSK);
    const before = await everything(db);
    const invalid = (ticket: string | null): OpDraft[] => [
      ...visit('visit_00000002', '2026-11-30')(ticket),
      {
        type: 'visit.checkedIn',
        payload: { visitId: 'bad id!', day: '2026-11-30', ticket, who: 'visitor', name: null },
      },
    ];
    await expect(store.recordWithTicket({ letter: 'B', day: '2026-11-30' }, invalid, KIOSK)).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
    const next = await store.recordWithTicket(
      { letter: 'B', day: '2026-11-30' },
      visit('visit_00000003', '2026-11-30'),
      KIOSK,
    );
    expect(next.ticket).toBe('B-2');
  });

  it('go with every op the check-in builds (the visit and its request), all in one transaction', async () => {
    const { store } = await openDevice('tickets-visit-and-request');
    const result = await store.recordWithTicket(
      { letter: 'C', day: '2026-11-30' },
      (ticket) => [
        ...visit('visit_00000001', '2026-11-30')(ticket),
        {
          type: 'request.created',
          payload: {
            requestId: 'request_00000001',
            visitId: 'visit_00000001',
            day: '2026-11-30',
            participantId: null,
            ticket,
            items: [{ itemId: 'item_warm_meal', quantity: 1 }],
          },
        },
      ],
      KIOSK,
    );
    expect(result.ops.map((op) => [op.type, 'ticket' in op.payload ? op.payload.ticket : undefined])).toEqual([
      ['visit.checkedIn', 'C-1'],
      ['request.created', 'C-1'],
    ]);
    expect(await store.outboxCount()).toBe(2);
  });

  it('are not used up when building the check-in throws: nothing is written', async () => {
    const { db, store } = await openDevice('tickets-build-throws');
    const before = await everything(db);
    const throwing = (): OpDraft[] => {
      throw new Error('the request could not be built');
    };
    await expect(store.recordWithTicket({ letter: 'D', day: '2026-11-30' }, throwing, KIOSK)).rejects.toThrow(
      'the request could not be built',
    );
    expect(await everything(db)).toEqual(before);
    const next = await store.recordWithTicket(
      { letter: 'D', day: '2026-11-30' },
      visit('visit_00000002', '2026-11-30'),
      KIOSK,
    );
    expect(next.ticket).toBe('D-1');
  });

  it('are not given without a device letter', async () => {
    const { store } = await openDevice('tickets-none');
    const result = await store.recordWithTicket(
      { letter: null, day: '2026-11-30' },
      visit('visit_00000001', '2026-11-30'),
      KIOSK,
    );
    expect(result.ticket).toBeNull();
    expect(result.ops[0]?.payload).toMatchObject({ ticket: null });
  });

  it('two kiosks offline on the same day never give the same number', async () => {
    vi.useRealTimers();
    const a = await openDevice('kiosk-a');
    const b = await openDevice('kiosk-b');
    const tickets: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      tickets.push(
        (
          await a.store.recordWithTicket(
            { letter: 'A', day: '2026-11-30' },
            visit(`visit_a_000${i}`, '2026-11-30'),
            KIOSK,
          )
        ).ticket ?? '',
      );
      tickets.push(
        (
          await b.store.recordWithTicket(
            { letter: 'B', day: '2026-11-30' },
            visit(`visit_b_000${i}`, '2026-11-30'),
            KIOSK,
          )
        ).ticket ?? '',
      );
    }
    expect(new Set(tickets).size).toBe(10);
  });
});
