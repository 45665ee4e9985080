import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../src/core/fold/apply.js';
import { directoryEntryOf, normaliseForSearch } from '../../../src/core/fold/directory.js';
import { requestState } from '../../../src/core/fold/requests.js';
import {
  catalogItems,
  currentParticipant,
  openRequests,
  settingsOf,
  stockLevels,
  stockStatus,
  visitsOn,
} from '../../../src/core/fold/selectors.js';
import type { ParticipantView, RequestView } from '../../../src/core/fold/views.js';
import { birthdayCheckOf } from '../../../src/core/kiosk/birthday-check.js';
import { Op } from '../../../src/core/ops/op.js';
import { opBuilder, TEST_ITEM, TEST_PROFILE } from '../../support/op-factory.js';

const CONSENT = {
  agreed: true,
  at: '2026-11-27T19:00:00.000Z',
  recordedBy: 'staff_000001',
  textVersion: 'v1',
} as const;
const kiosk = () => opBuilder('kiosk_00001', null);
const laptopA = () => opBuilder('laptop_aaaa', 'staff_000001');
const laptopB = () => opBuilder('laptop_bbbb', 'staff_000002');

function created(requestId = 'request_01') {
  return kiosk().op({
    type: 'request.created',
    payload: {
      requestId,
      visitId: 'visit_00001',
      day: '2026-11-27',
      participantId: null,
      ticket: 'A-1',
      items: [{ itemId: 'item_blanket', quantity: 2 }],
    },
  });
}

describe('requests only move forward', () => {
  it('is pending until answered, and an answer cannot be undone by a later one', () => {
    const a = laptopA();
    const request = created();
    const fulfilled = a.op({
      type: 'request.fulfilled',
      payload: { requestId: 'request_01', partial: true, handedOut: [{ itemId: 'item_blanket', quantity: 1 }] },
    });
    const cancelled = a.op({ type: 'request.cancelled', payload: { requestId: 'request_01' } });
    expect(requestState(foldOps([request]).get('request:request_01') as RequestView)).toBe('pending');
    const views = foldOps([request, fulfilled, cancelled]);
    const view = views.get('request:request_01') as RequestView;
    expect(requestState(view)).toBe('partlyFulfilled');
    expect(view.overridden.map((outcome) => outcome.type)).toEqual(['cancelled']);
    expect(stockLevels(views).get('item_blanket')).toBe(-1);
    expect(openRequests(views)).toEqual([]);
  });

  it('when two devices answer the same request apart, the earlier answer wins and hands out once', () => {
    const a = laptopA();
    const b = laptopB();
    const request = created();
    const first = a.op(
      {
        type: 'request.fulfilled',
        payload: { requestId: 'request_01', partial: false, handedOut: [{ itemId: 'item_blanket', quantity: 2 }] },
      },
      { now: Date.UTC(2026, 10, 27, 20) },
    );
    const second = b.op(
      {
        type: 'request.fulfilled',
        payload: { requestId: 'request_01', partial: false, handedOut: [{ itemId: 'item_blanket', quantity: 2 }] },
      },
      { now: Date.UTC(2026, 10, 27, 20, 1) },
    );
    for (const order of [
      [request, first, second],
      [second, request, first],
    ]) {
      const views = foldOps(order);
      const view = views.get('request:request_01') as RequestView;
      expect(view.outcome?.opId).toBe(first.id);
      expect(view.overridden.map((outcome) => outcome.opId)).toEqual([second.id]);
      expect(stockLevels(views).get('item_blanket')).toBe(-2);
    }
  });

  it('knows an answer that arrived before its request, and lists open requests oldest first', () => {
    const a = laptopA();
    const answer = a.op({ type: 'request.declined', payload: { requestId: 'request_02', reason: 'outOfStock' } });
    expect(requestState(foldOps([answer]).get('request:request_02') as RequestView)).toBe('unknown');
    const views = foldOps([created('request_03'), created('request_02'), answer]);
    expect(openRequests(views).map((request) => request.id)).toEqual(['request_03']);
  });
});

describe('stock', () => {
  it('is a ledger: received, handed out, adjusted and counted lines add up', () => {
    const a = laptopA();
    const views = foldOps([
      a.op({ type: 'stock.received', payload: { itemId: 'item_blanket', quantity: 10, kind: 'donation' } }),
      a.op({ type: 'stock.handedOut', payload: { itemId: 'item_blanket', quantity: 3 } }),
      a.op({ type: 'stock.adjusted', payload: { itemId: 'item_blanket', delta: -2, reason: 'damaged' } }),
      a.op({
        type: 'stock.counted',
        payload: { countId: 'count_0001', items: [{ itemId: 'item_blanket', counted: 4, believed: 5 }] },
      }),
    ]);
    expect(stockLevels(views).get('item_blanket')).toBe(4);
  });

  it('says when an item is low, out, or needs a count because the merged ledger went below zero', () => {
    expect(stockStatus(10, 5)).toBe('ok');
    expect(stockStatus(5, 5)).toBe('low');
    expect(stockStatus(0, 5)).toBe('out');
    expect(stockStatus(-1, 5)).toBe('needsCount');
    expect(stockStatus(1, null)).toBe('ok');
  });
});

describe('participants and cards', () => {
  it('keeps the latest write of each field by clock, and breaks exact ties by op id', () => {
    const a = laptopA();
    const b = laptopB();
    const enrolled = a.op({
      type: 'participant.enrolled',
      payload: { participantId: 'person_0001', profile: TEST_PROFILE, consent: CONSENT },
    });
    const rename = a.op(
      { type: 'participant.updated', payload: { participantId: 'person_0001', changes: { preferredName: 'Pepe' } } },
      { now: Date.UTC(2026, 10, 27, 21) },
    );
    const pronouns = b.op(
      { type: 'participant.updated', payload: { participantId: 'person_0001', changes: { pronouns: 'they/them' } } },
      { now: Date.UTC(2026, 10, 27, 20) },
    );
    const olderRename = b.op(
      { type: 'participant.updated', payload: { participantId: 'person_0001', changes: { preferredName: 'Joe' } } },
      { now: Date.UTC(2026, 10, 27, 20, 30) },
    );
    const participant = currentParticipant(
      foldOps([rename, olderRename, pronouns, enrolled]).get('participant:person_0001') as ParticipantView,
    );
    expect(participant).toMatchObject({
      preferredName: 'Pepe',
      pronouns: 'they/them',
      lastName: 'Martínez',
      active: true,
    });

    const tie = (id: string, name: string) =>
      Op.parse({ ...rename, id, payload: { participantId: 'person_0001', changes: { preferredName: name } } });
    for (const order of [
      [tie('op_tie_aaa', 'A'), tie('op_tie_bbb', 'B')],
      [tie('op_tie_bbb', 'B'), tie('op_tie_aaa', 'A')],
    ]) {
      const view = foldOps([enrolled, ...order]).get('participant:person_0001') as ParticipantView;
      expect(view.fields.preferredName?.value).toBe('B');
    }
  });

  it('stops and resumes participation by the latest change, and a revoked card stays revoked', () => {
    const a = laptopA();
    const ops = [
      a.op({
        type: 'participant.enrolled',
        payload: { participantId: 'person_0001', profile: TEST_PROFILE, consent: CONSENT },
      }),
      a.op({
        type: 'card.issued',
        payload: { cardId: 'card_00001', participantId: 'person_0001', tokenHash: 'a'.repeat(64) },
      }),
      a.op({ type: 'participant.deactivated', payload: { participantId: 'person_0001' } }),
      a.op({ type: 'card.revoked', payload: { cardId: 'card_00001', participantId: 'person_0001', reason: 'lost' } }),
      a.op({
        type: 'card.issued',
        payload: { cardId: 'card_00002', participantId: 'person_0001', tokenHash: 'b'.repeat(64) },
      }),
      a.op({ type: 'participant.reactivated', payload: { participantId: 'person_0001' } }),
    ];
    const entry = directoryEntryOf(foldOps([...ops].reverse()).get('participant:person_0001') as ParticipantView);
    expect(entry).toEqual({
      participantId: 'person_0001',
      firstName: 'José',
      lastInitial: 'M',
      searchKeys: ['jose', 'pepe'],
      active: true,
      // The kiosk can check the birthday (April 2) without holding it.
      birthdayCheck: birthdayCheckOf('person_0001', '1980-04-02'),
      cardHashes: ['b'.repeat(64)],
      language: 'es',
    });
    // Neither the last name (only its initial) nor the birth date is anywhere in the entry.
    expect(JSON.stringify(entry)).not.toMatch(/mart[ií]nez|1980|04-02/i);
    const inactive = foldOps(ops.slice(0, 3)).get('participant:person_0001') as ParticipantView;
    expect(directoryEntryOf(inactive)?.active).toBe(false);
  });

  it('normalises names for search: case and accents do not matter', () => {
    expect(normaliseForSearch('  JOSÉ Ñandú ')).toBe('jose nandu');
  });
});

describe('catalog, settings and visits', () => {
  it('folds items, per-item limits, retirement, hours and visits of a day', () => {
    const a = laptopA();
    const views = foldOps([
      a.op({ type: 'catalog.itemAdded', payload: { itemId: 'item_blanket', item: TEST_ITEM } }),
      a.op({ type: 'settings.limitSet', payload: { itemId: 'item_blanket', perVisitLimit: 1 } }),
      a.op({ type: 'catalog.itemRetired', payload: { itemId: 'item_blanket' } }),
      a.op({ type: 'settings.hoursSet', payload: { hours: [{ weekday: 2, opens: '10:00', closes: '12:00' }] } }),
      kiosk().op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_00001', day: '2026-11-27', ticket: 'A-1', who: 'visitor', name: null },
      }),
      kiosk().op({
        type: 'visit.checkedIn',
        payload: { visitId: 'visit_00002', day: '2026-11-28', ticket: 'A-1', who: 'visitor', name: null },
      }),
    ]);
    expect(catalogItems(views)).toEqual([{ ...TEST_ITEM, perVisitLimit: 1, retired: true, id: 'item_blanket' }]);
    expect(settingsOf(views).hours).toEqual([{ weekday: 2, opens: '10:00', closes: '12:00' }]);
    expect(visitsOn(views, '2026-11-27').map((visit) => visit.visitId)).toEqual(['visit_00001']);
  });

  it('refuses ops that break the rules, with a message that says why', () => {
    const a = laptopA();
    const bad = (draft: unknown) =>
      Op.safeParse({
        ...a.op({ type: 'stock.handedOut', payload: { itemId: 'item_blanket', quantity: 1 } }),
        ...(draft as object),
      });
    expect(bad({ payload: { itemId: 'item_blanket', quantity: 0 } }).error?.issues[0]?.message).toMatch(/at least 1/);
    expect(bad({ payload: { itemId: 'item_blanket', quantity: 1.5 } }).error?.issues[0]?.message).toMatch(
      /whole number/,
    );
    expect(bad({ type: 'stock.adjusted', payload: { itemId: 'item_blanket', delta: 0, reason: 'lost' } }).success).toBe(
      false,
    );
    expect(bad({ type: 'stock.exploded', payload: {} }).success).toBe(false);
    expect(bad({ at: 'yesterday' }).success).toBe(false);
    expect(
      bad({
        type: 'participant.enrolled',
        payload: { participantId: 'person_0001', profile: TEST_PROFILE, consent: { ...CONSENT, agreed: false } },
      }).success,
    ).toBe(false);
  });
});
