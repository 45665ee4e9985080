/**
 * A generated history of five weeks at the center (fixed seed), and alongside it the facts as the
 * generator made them: what each figure should be, counted by hand, not by the report code.
 */
import { SEED_CATALOG } from '../../../../src/core/catalog/seed.js';
import { formatStamp } from '../../../../src/core/ops/clock.js';
import type { Op, OpDraft } from '../../../../src/core/ops/op.js';
import type { ReferralPathway } from '../../../../src/core/ops/participants.js';
import { TEST_PROFILE } from '../../../support/op-factory.js';

/**
 * Stamps each op at exactly the time given (a device's real clock would never run backwards, but
 * the generator answers requests out of order: it makes each op at its own time).
 */
function opBuilder(deviceId: string, actor: string | null) {
  let seq = 0;
  return {
    op(draft: OpDraft, { now }: { now: number }): Op {
      seq += 1;
      const at = formatStamp({ wall: now, counter: seq % 100_000, node: deviceId });
      return { id: `op_${deviceId}_${seq}`, deviceId, seq, at, actor, ...draft } as Op;
    },
  };
}

/** mulberry32: a tiny seeded PRNG, so the history is the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TRACKED = [
  'item_warm_meal',
  'item_snacks',
  'item_hygiene_kit',
  'item_blanket',
  'item_tent',
  'item_naloxone_kit',
  'item_safer_use',
  'item_wound_care',
];
export const TOPICS = ['item_cm_housing', 'item_cm_documents'];
export const DISCREET = ['item_naloxone_kit', 'item_safer_use', 'item_wound_care'];
const PATHWAYS: ReferralPathway[] = ['communityBusiness', 'communityServiceProvider', 'lawEnforcementDiversion'];

export interface Facts {
  participantVisits: Map<string, number>;
  visitorVisits: Map<string, number>;
  seen: Set<string>;
  pathwayOf: Map<string, ReferralPathway>;
  enrolledOn: Map<string, string>;
  handed: Map<string, { day: string; fromRequests: number; walkUp: number }[]>;
  unmet: { day: string; itemId: string; reason: string; quantity: number }[];
  closing: Map<string, Map<string, number>>;
  waits: Map<string, number[]>;
  talks: { day: string; topicId: string; outcome: string; reason: string | null }[];
  reversals: { day: string; replacementAsked: boolean; participantId: string | null }[];
  specialDays: Set<string>;
}

/** Noon-ish at the center (Los Angeles is UTC-8 in January): 19:00 UTC is 11:00 there. */
function at(day: string, minutes: number): number {
  return Date.parse(`${day}T19:00:00Z`) + minutes * 60_000;
}

export function allDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export const HISTORY_FROM = '2026-01-05';
export const HISTORY_TO = '2026-02-08';
export const SPECIAL_DAY = '2026-01-17';

export function generateHistory(seed = 16): { ops: Op[]; facts: Facts } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const staff = 'staff_00000001';
  const kiosk = opBuilder('kiosk_device_1', null);
  const laptop = opBuilder('laptop_device_1', staff);
  const other = opBuilder('laptop_device_2', staff);
  const ops: Op[] = [];
  const facts: Facts = {
    participantVisits: new Map(),
    visitorVisits: new Map(),
    seen: new Set(),
    pathwayOf: new Map(),
    enrolledOn: new Map(),
    handed: new Map(),
    unmet: [],
    closing: new Map(),
    waits: new Map(),
    talks: [],
    reversals: [],
    specialDays: new Set([SPECIAL_DAY]),
  };
  const level = new Map<string, number>();
  const move = (itemId: string, delta: number) => level.set(itemId, (level.get(itemId) ?? 0) + delta);
  const hand = (day: string, itemId: string, quantity: number, via: 'fromRequests' | 'walkUp') => {
    const rows = facts.handed.get(itemId) ?? [];
    rows.push({ day, fromRequests: via === 'fromRequests' ? quantity : 0, walkUp: via === 'walkUp' ? quantity : 0 });
    facts.handed.set(itemId, rows);
    move(itemId, -quantity);
  };
  const add = (builder: typeof laptop, draft: OpDraft, now: number) => {
    const op = builder.op(draft, { now });
    ops.push(op);
    return op;
  };

  const first = HISTORY_FROM;
  for (const seedItem of SEED_CATALOG) {
    if (![...TRACKED, ...TOPICS].includes(seedItem.id)) continue;
    add(laptop, { type: 'catalog.itemAdded', payload: { itemId: seedItem.id, item: seedItem.item } }, at(first, 0));
  }
  for (const itemId of TRACKED) {
    add(laptop, { type: 'stock.received', payload: { itemId, quantity: 60, kind: 'donation' } }, at(first, 1));
    move(itemId, 60);
  }

  const participants: string[] = [];
  let counter = 0;
  const nextId = (prefix: string) => {
    counter += 1;
    return `${prefix}_${String(counter).padStart(6, '0')}`;
  };
  const enrol = (day: string, minute: number) => {
    const participantId = nextId('participant');
    const referral = pick(PATHWAYS);
    add(
      laptop,
      {
        type: 'participant.enrolled',
        payload: {
          participantId,
          profile: { ...TEST_PROFILE, preferredName: `Person ${participantId.slice(-3)}`, referral },
          consent: { agreed: true, at: new Date(at(day, minute)).toISOString(), recordedBy: staff, textVersion: 'v1' },
        },
      },
      at(day, minute),
    );
    facts.pathwayOf.set(participantId, referral);
    facts.enrolledOn.set(participantId, day);
    participants.push(participantId);
  };
  for (let n = 0; n < 18; n += 1) enrol(first, 2 + n);

  for (const day of allDays(HISTORY_FROM, HISTORY_TO)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const open = weekday === 1 || weekday === 3 || weekday === 5 || day === SPECIAL_DAY;
    if (day === SPECIAL_DAY) {
      add(
        laptop,
        {
          type: 'settings.openOverrideSet',
          payload: { override: { mode: 'open', until: new Date(at(day, 300)).toISOString() } },
        },
        at(day, 0),
      );
    }
    if (open) {
      if (day !== first && random() < 0.5) enrol(day, 3);
      // The weekly box on Mondays, a damaged blanket now and then, a count on the first Friday.
      if (weekday === 1) {
        add(
          laptop,
          {
            type: 'stock.batchReceived',
            payload: {
              batchId: nextId('batch'),
              kind: 'purchase',
              lines: TRACKED.map((itemId) => ({ itemId, quantity: 12 })),
            },
          },
          at(day, 4),
        );
        for (const itemId of TRACKED) move(itemId, 12);
      }
      if (random() < 0.3) {
        add(
          laptop,
          { type: 'stock.adjusted', payload: { itemId: 'item_blanket', delta: -2, reason: 'damaged' } },
          at(day, 5),
        );
        move('item_blanket', -2);
      }
      if (day === '2026-01-09') {
        const believed = level.get('item_tent') ?? 0;
        add(
          laptop,
          {
            type: 'stock.counted',
            payload: { countId: nextId('count'), items: [{ itemId: 'item_tent', counted: believed - 3, believed }] },
          },
          at(day, 6),
        );
        move('item_tent', -3);
      }
      const visitors = int(0, 6);
      let minute = 10;
      const todays = participants.filter(() => random() < 0.35);
      const visits: { visitId: string; participantId: string | null }[] = [
        ...todays.map((participantId) => ({ visitId: nextId('visit'), participantId })),
        ...Array.from({ length: visitors }, () => ({ visitId: nextId('visit'), participantId: null })),
      ];
      for (const visit of visits) {
        minute += int(1, 4);
        const payload =
          visit.participantId === null
            ? { visitId: visit.visitId, day, ticket: null, who: 'visitor' as const, name: null }
            : {
                visitId: visit.visitId,
                day,
                ticket: null,
                who: 'participant' as const,
                participantId: visit.participantId,
                method: 'card' as const,
              };
        add(kiosk, { type: 'visit.checkedIn', payload }, at(day, minute));
        if (visit.participantId === null) facts.visitorVisits.set(day, (facts.visitorVisits.get(day) ?? 0) + 1);
        else {
          facts.participantVisits.set(day, (facts.participantVisits.get(day) ?? 0) + 1);
          facts.seen.add(`${day}|${visit.participantId}`);
        }
        if (random() < 0.7) requestFor(day, minute, visit);
      }
      if (random() < 0.5) {
        const itemId = pick(TRACKED);
        const quantity = int(1, 3);
        add(laptop, { type: 'stock.handedOut', payload: { itemId, quantity } }, at(day, 200));
        hand(day, itemId, quantity, 'walkUp');
      }
      if (random() < 0.4) {
        add(
          laptop,
          {
            type: 'stock.batchHandedOut',
            payload: {
              batchId: nextId('batch'),
              lines: [
                { itemId: 'item_naloxone_kit', quantity: 2 },
                { itemId: 'item_snacks', quantity: 4 },
              ],
            },
          },
          at(day, 210),
        );
        hand(day, 'item_naloxone_kit', 2, 'walkUp');
        hand(day, 'item_snacks', 4, 'walkUp');
      }
      if (random() < 0.35) {
        const participantId = random() < 0.2 ? pick(participants) : null;
        const replacementAsked = random() < 0.6;
        add(
          kiosk,
          {
            type: 'overdose.reversalReported',
            payload: { reportId: nextId('reversal'), day, participantId, replacementAsked },
          },
          at(day, 220),
        );
        facts.reversals.push({ day, replacementAsked, participantId });
      }
    }
    facts.closing.set(day, new Map(level));
  }
  return { ops, facts };

  function requestFor(day: string, minute: number, visit: { visitId: string; participantId: string | null }) {
    const wanted = [...TRACKED, ...TOPICS].filter(() => random() < 0.2).slice(0, 4);
    if (wanted.length === 0) wanted.push(pick(TRACKED));
    const items = wanted.map((itemId) => ({ itemId, quantity: TOPICS.includes(itemId) ? 1 : int(1, 3) }));
    const requestId = nextId('request');
    const created = at(day, minute);
    add(
      kiosk,
      {
        type: 'request.created',
        payload: { requestId, visitId: visit.visitId, day, participantId: visit.participantId, ticket: null, items },
      },
      created,
    );
    // A request's topics are one conversation: every topic in it shares its outcome.
    const topics = items.filter((line) => TOPICS.includes(line.itemId));
    if (topics.length > 0) {
      const talk = random();
      let outcome: 'open' | 'done' | 'notToday' = 'open';
      let reason: string | null = null;
      if (talk >= 0.2) {
        add(laptop, { type: 'conversation.started', payload: { requestId } }, created + 60_000);
        if (talk < 0.7) {
          add(laptop, { type: 'conversation.finished', payload: { requestId } }, created + 120_000);
          outcome = 'done';
        } else {
          const why = pick(['caseManagerAway', 'noTime', 'participantLeft'] as const);
          add(laptop, { type: 'conversation.notToday', payload: { requestId, reason: why } }, created + 120_000);
          outcome = 'notToday';
          reason = why;
        }
      }
      for (const line of topics) facts.talks.push({ day, topicId: line.itemId, outcome, reason });
    }
    const goods = items.filter((line) => !TOPICS.includes(line.itemId));
    const answered = created + int(1, 90) * 60_000;
    const roll = random();
    if (goods.length === 0 || roll < 0.05) return; // pending, or topics only
    if (roll < 0.55) {
      add(laptop, { type: 'request.fulfilled', payload: { requestId, partial: false, handedOut: goods } }, answered);
      for (const line of goods) hand(day, line.itemId, line.quantity, 'fromRequests');
      facts.waits.set(day, [...(facts.waits.get(day) ?? []), Math.round((answered - created) / 60_000)]);
      // Another laptop answered the same request later while offline: it loses, hands nothing out.
      if (random() < 0.1) {
        add(other, { type: 'request.declined', payload: { requestId, reason: 'other' } }, answered + 60_000);
      }
    } else if (roll < 0.75) {
      const handedOut = goods.map((line) => ({ itemId: line.itemId, quantity: int(0, line.quantity - 1) }));
      add(laptop, { type: 'request.fulfilled', payload: { requestId, partial: true, handedOut } }, answered);
      for (const line of handedOut) if (line.quantity > 0) hand(day, line.itemId, line.quantity, 'fromRequests');
      for (const [index, line] of goods.entries()) {
        facts.unmet.push({
          day,
          itemId: line.itemId,
          reason: 'partlyHandedOut',
          quantity: line.quantity - (handedOut[index]?.quantity ?? 0),
        });
      }
      if (handedOut.some((line) => line.quantity > 0)) {
        facts.waits.set(day, [...(facts.waits.get(day) ?? []), Math.round((answered - created) / 60_000)]);
      }
    } else if (roll < 0.92) {
      const reason = pick(['outOfStock', 'limitReached', 'other'] as const);
      add(laptop, { type: 'request.declined', payload: { requestId, reason } }, answered);
      for (const line of goods) {
        facts.unmet.push({
          day,
          itemId: line.itemId,
          reason: reason === 'other' ? 'declinedOther' : reason,
          quantity: line.quantity,
        });
      }
    } else {
      add(laptop, { type: 'request.cancelled', payload: { requestId } }, answered);
      for (const line of goods)
        facts.unmet.push({ day, itemId: line.itemId, reason: 'cancelled', quantity: line.quantity });
    }
  }
}
