/** The Talk list and conversation answers: topics leave the queue, My people first, states move forward. */
import { describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import { floorOf } from '../../../../src/core/floor/floor.js';
import { finishTalk, notToday, startTalk } from '../../../../src/core/floor/talk-answers.js';
import { requestTalks, talksOf } from '../../../../src/core/floor/talks.js';
import { foldOps } from '../../../../src/core/fold/apply.js';
import { catalogItems } from '../../../../src/core/fold/selectors.js';
import type { ConversationView, RequestView } from '../../../../src/core/fold/views.js';
import { Op, type OpDraft } from '../../../../src/core/ops/op.js';
import { opBuilder, TEST_PROFILE } from '../../../support/op-factory.js';

const DAY = '2026-11-30';
const admin = opBuilder('device_staff_1', 'staff_ana', Date.UTC(2026, 10, 30, 19));
const kiosk = opBuilder('device_kiosk_1', null, Date.UTC(2026, 10, 30, 19, 5));
const maria = opBuilder('device_staff_2', 'staff_maria', Date.UTC(2026, 10, 30, 19, 30));
const sam = opBuilder('device_staff_3', 'staff_sam', Date.UTC(2026, 10, 30, 19, 30));

function enrol(participantId: string, preferredName: string): Op {
  return admin.op({
    type: 'participant.enrolled',
    payload: {
      participantId,
      profile: { ...TEST_PROFILE, preferredName, lastName: 'Delgado' },
      consent: { agreed: true, at: '2026-11-30T19:00:00.000Z', recordedBy: 'staff_ana', textVersion: '2026-11' },
    },
  });
}

function ask(requestId: string, participantId: string | null, ticket: string, items: string[]): Op[] {
  const visitId = `visit_${requestId}`;
  return [
    kiosk.op({
      type: 'visit.checkedIn',
      payload: participantId
        ? { visitId, day: DAY, ticket, who: 'participant', participantId, method: 'name' }
        : { visitId, day: DAY, ticket, who: 'visitor', name: 'Carla' },
    }),
    kiosk.op({
      type: 'request.created',
      payload: {
        requestId,
        visitId,
        day: DAY,
        participantId,
        ticket,
        items: items.map((itemId) => ({ itemId, quantity: 1 })),
      },
    }),
  ];
}

function world(extra: Op[] = []) {
  return foldOps([
    ...SEED_CATALOG.map(({ id, item }) => admin.op({ type: 'catalog.itemAdded', payload: { itemId: id, item } })),
    enrol('person_rosa', 'Rosa'),
    enrol('person_luis', 'Luis'),
    admin.op({
      type: 'participant.updated',
      payload: { participantId: 'person_rosa', changes: { caseManager: 'staff_maria' } },
    }),
    ...ask('request_mixed', 'person_luis', 'A-1', ['item_blanket', 'item_cm_dmv']),
    ...ask('request_rosa', 'person_rosa', 'A-2', ['item_cm_housing', 'item_cm_benefits']),
    ...ask('request_visit', null, 'A-3', ['item_cm_legal']),
    ...extra,
  ]);
}

describe('the Talk list', () => {
  it('takes topics off the queue: a mixed request keeps only its hand-out lines there, a topics-only one leaves', () => {
    const queue = floorOf(world(), DAY, 'en').queue;
    expect(queue.map((entry) => [entry.ticket, entry.lines.map((line) => line.itemId)])).toEqual([
      ['A-1', ['item_blanket']],
    ]);
    expect(floorOf(world(), DAY, 'en').counts.waiting).toBe(1);
  });

  it('lists each request’s topics as one conversation, the assigned case manager’s people first', () => {
    const talks = talksOf(world(), DAY, 'es', 'staff_maria');
    expect(talks.mine.map((entry) => entry.ticket)).toEqual(['A-2']);
    expect(talks.mine[0]).toMatchObject({
      name: 'Rosa D.',
      caseManager: 'staff_maria',
      state: 'waiting',
      topics: [
        { itemId: 'item_cm_housing', name: 'Solicitud de vivienda' },
        { itemId: 'item_cm_benefits', name: 'Medi-Cal, GR, CalFresh' },
      ],
    });
    expect(talks.others.map((entry) => [entry.ticket, entry.topics.length])).toEqual([
      ['A-1', 1],
      ['A-3', 1],
    ]);
    // Someone else sees Rosa among the others, not under their own people.
    expect(talksOf(world(), DAY, 'en', 'staff_sam').mine).toEqual([]);
  });

  it('talking with the staff member who started it, then done; a talk someone starts becomes theirs', () => {
    const talking = talksOf(world([sam.op(startTalk('request_visit'))]), DAY, 'en', 'staff_sam');
    expect(talking.mine).toMatchObject([{ ticket: 'A-3', state: 'talking', talkingWith: 'staff_sam' }]);
    const done = talksOf(
      world([sam.op(startTalk('request_visit')), sam.op(finishTalk('request_visit', ' all set '))]),
      DAY,
      'en',
      'staff_sam',
    );
    expect(done.mine).toEqual([]);
    expect(done.ended).toMatchObject([
      { ticket: 'A-3', state: 'done', ended: { actor: 'staff_sam', note: 'all set' } },
    ]);
  });

  it('not today, with a reason and an optional note; the hand-out part of a mixed request is untouched', () => {
    const views = world([maria.op(notToday('request_mixed', 'caseManagerAway', ''))]);
    const talks = talksOf(views, DAY, 'en', 'staff_maria');
    expect(talks.ended).toMatchObject([
      { ticket: 'A-1', state: 'notToday', ended: { reason: 'caseManagerAway', note: null } },
    ]);
    expect(floorOf(views, DAY, 'en').queue.map((entry) => entry.ticket)).toEqual(['A-1']);
  });

  it('makes drafts the op schema accepts, keyed by the request id, with a cleaned note', () => {
    const drafts: OpDraft[] = [
      startTalk('request_rosa'),
      finishTalk('request_rosa', 'x'.repeat(600)),
      notToday('request_rosa', 'other', '\tback Friday '),
    ];
    for (const draft of drafts) {
      expect(Op.safeParse(maria.op(draft)).success, draft.type).toBe(true);
      expect(draft.payload).toMatchObject({ requestId: 'request_rosa' });
    }
    expect(drafts[2]?.payload).toEqual({ requestId: 'request_rosa', reason: 'other', note: 'back Friday' });
  });

  it('refuses a not-today reason it does not know and a missing request id', () => {
    expect(
      Op.safeParse(
        maria.op({ type: 'conversation.notToday', payload: { requestId: 'request_rosa', reason: 'noShow' } } as never),
      ).success,
    ).toBe(false);
    expect(Op.safeParse(maria.op({ type: 'conversation.started', payload: {} } as never)).success).toBe(false);
  });

  it('gives histories each topic request’s talk state, and whether it also had hand-out lines', () => {
    const views = world([sam.op(startTalk('request_visit')), maria.op(finishTalk('request_rosa'))]);
    const all = [...views.values()];
    const talks = requestTalks(
      all.filter((view): view is RequestView => view.kind === 'request'),
      new Map(catalogItems(views).map((item) => [item.id, item])),
      all.filter((view): view is ConversationView => view.kind === 'conversation'),
    );
    expect(Object.fromEntries(talks)).toEqual({
      request_mixed: { state: 'waiting', handOut: true },
      request_rosa: { state: 'done', handOut: false },
      request_visit: { state: 'talking', handOut: false },
    });
  });
});
