/**
 * What the devices do, through the store's real record path (the calls the app's actions make):
 * kiosks check people in and ask for things; staff laptops receive, hand out, adjust and count
 * stock, answer requests, check people in at the desk, enroll people and edit profiles.
 */
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import { centerDay } from '../../../src/core/day.js';
import { requestState } from '../../../src/core/fold/requests.js';
import type { RequestView, StockView } from '../../../src/core/fold/views.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { RequestedItem } from '../../../src/core/ops/requests.js';
import type { SitedDraft } from '../../../src/store/op-store.js';
import type { FleetDevice } from './fleet.js';
import type { Random } from './prng.js';

/** Items the kiosk offers and staff count: the seed catalog's hand-outs (not case-manager topics). */
export const STOCK_ITEMS: readonly string[] = SEED_CATALOG.filter((seed) => seed.item.category !== 'caseManager')
  .map((seed) => seed.id)
  .slice(0, 8);

/** What the whole fleet knows in common (ids only). */
export interface World {
  /** Enrolled before the run and synced everywhere: in every kiosk's directory. */
  readonly directory: string[];
  /** Everyone enrolled so far, by any laptop (a laptop edits only those it has heard of). */
  readonly participants: string[];
}

/** Per-device memory between actions: what it may answer or return to. */
export interface DeviceMemory {
  serial: number;
  /** Requests this device last saw waiting (refreshed after each sync). */
  openRequests: string[];
  /** This kiosk's visits, for a same-day return that asks for more. */
  visits: { visitId: string; day: string; ticket: string | null; participantId: string | null }[];
}

export function newMemory(): DeviceMemory {
  return { serial: 0, openRequests: [], visits: [] };
}

/** Refreshes what the device may answer from its own views (after a sync brought news). */
export async function rememberOpenRequests(device: FleetDevice, memory: DeviceMemory): Promise<void> {
  if (device.plan.role !== 'staff') return;
  const requests = await device.store.viewsOfKind('request');
  memory.openRequests = requests.filter((request) => requestState(request) === 'pending').map((request) => request.id);
}

const author = (device: FleetDevice) => ({ deviceId: device.deviceId, actor: device.actor });

function freshId(prefix: string, device: FleetDevice, memory: DeviceMemory): string {
  memory.serial += 1;
  return `${prefix}_${device.plan.label}_${memory.serial}`;
}

function requestedItems(random: Random): RequestedItem[] {
  const count = random.int(1, 3);
  const items = new Set<string>();
  while (items.size < count) items.add(random.pick(STOCK_ITEMS));
  return [...items].map((itemId) => ({ itemId, quantity: random.int(1, 3) }));
}

/** One action of `device`; returns the ops it recorded (one or a few, written in one transaction). */
export async function act(device: FleetDevice, memory: DeviceMemory, world: World, random: Random): Promise<Op[]> {
  return device.plan.role === 'kiosk'
    ? kioskAction(device, memory, world, random)
    : staffAction(device, memory, world, random);
}

async function kioskAction(device: FleetDevice, memory: DeviceMemory, world: World, random: Random): Promise<Op[]> {
  const day = centerDay(new Date(device.now()));
  const earlier = memory.visits.filter((visit) => visit.day === day);
  if (earlier.length > 0 && random.chance(0.15)) {
    // Back the same day for something more: the same visit and ticket, a new request.
    const visit = random.pick(earlier);
    return device.store.recordAll([requestDraft(device, memory, random, visit)], author(device));
  }
  const visitId = freshId('visit', device, memory);
  const participantId = world.directory.length > 0 && random.chance(0.8) ? random.pick(world.directory) : null;
  const asks = random.chance(0.85);
  const { ops, ticket } = await device.store.recordWithTicket(
    { letter: device.ticketLetter, day },
    (ticket) => [
      {
        type: 'visit.checkedIn',
        payload:
          participantId === null
            ? { visitId, day, ticket, who: 'visitor', name: random.chance(0.5) ? 'Sol' : null }
            : {
                visitId,
                day,
                ticket,
                who: 'participant',
                participantId,
                method: random.pick(['card', 'name'] as const),
              },
      },
      ...(asks ? [requestDraft(device, memory, random, { visitId, day, ticket, participantId })] : []),
    ],
    author(device),
  );
  memory.visits.push({ visitId, day, ticket, participantId });
  return ops;
}

function requestDraft(
  device: FleetDevice,
  memory: DeviceMemory,
  random: Random,
  visit: DeviceMemory['visits'][number],
): SitedDraft {
  return {
    type: 'request.created',
    payload: {
      requestId: freshId('request', device, memory),
      visitId: visit.visitId,
      day: visit.day,
      participantId: visit.participantId,
      ticket: visit.ticket,
      items: requestedItems(random),
    },
  };
}

type StaffMove = 'received' | 'handedOut' | 'adjusted' | 'counted' | 'answer' | 'desk' | 'enroll' | 'edit';

const STAFF_MOVES: Record<StaffMove, number> = {
  received: 20,
  handedOut: 15,
  adjusted: 8,
  counted: 7,
  answer: 30,
  desk: 6,
  enroll: 3,
  edit: 11,
};

async function staffAction(device: FleetDevice, memory: DeviceMemory, world: World, random: Random): Promise<Op[]> {
  const move = random.weighted(STAFF_MOVES);
  const record = (draft: SitedDraft) => device.store.recordAll([draft], author(device));
  const itemId = random.pick(STOCK_ITEMS);
  switch (move) {
    case 'received':
      return record({
        type: 'stock.received',
        payload: { itemId, quantity: random.int(1, 20), kind: random.pick(['donation', 'purchase'] as const) },
      });
    case 'handedOut':
      return record({ type: 'stock.handedOut', payload: { itemId, quantity: random.int(1, 3) } });
    case 'adjusted': {
      const delta = random.chance(0.7) ? -random.int(1, 4) : random.int(1, 4);
      const reason = delta > 0 ? 'found' : random.pick(['damaged', 'expired', 'lost', 'other'] as const);
      return record({ type: 'stock.adjusted', payload: { itemId, delta, reason } });
    }
    case 'counted':
      return record(await countDraft(device, memory, random));
    case 'answer': {
      const answer = await answerDraft(device, memory, random);
      if (answer) return record(answer);
      return record({ type: 'stock.received', payload: { itemId, quantity: 1, kind: 'donation' } });
    }
    case 'desk':
      return deskCheckIn(device, memory, world, random);
    case 'enroll':
      return enroll(device, memory, world, random);
    case 'edit': {
      const participantId = world.participants.length > 0 ? random.pick(world.participants) : null;
      // Only someone this laptop has heard of (enrolled elsewhere, not yet pulled: not editable here).
      if (participantId && (await device.store.view(`participant:${participantId}`))) {
        return record({ type: 'participant.updated', payload: { participantId, changes: profileEdit(random) } });
      }
      return enroll(device, memory, world, random);
    }
  }
}

/** A physical count: what was found on the shelf, and what this laptop believed was there. */
async function countDraft(device: FleetDevice, memory: DeviceMemory, random: Random): Promise<SitedDraft> {
  const items = new Set<string>();
  const wanted = random.int(1, 3);
  while (items.size < wanted) items.add(random.pick(STOCK_ITEMS));
  const counted = await Promise.all(
    [...items].map(async (itemId) => {
      const view = (await device.store.view(`stock:${itemId}`)) as StockView | undefined;
      const believed = view?.onHand ?? 0;
      return { itemId, counted: Math.max(0, believed + random.int(-3, 3)), believed };
    }),
  );
  return { type: 'stock.counted', payload: { countId: freshId('count', device, memory), items: counted } };
}

/** An answer to a request this laptop sees waiting (two laptops may answer the same one while apart). */
async function answerDraft(device: FleetDevice, memory: DeviceMemory, random: Random): Promise<SitedDraft | null> {
  while (memory.openRequests.length > 0) {
    const index = random.int(0, memory.openRequests.length - 1);
    const [requestId] = memory.openRequests.splice(index, 1);
    const view = (await device.store.view(`request:${requestId}`)) as RequestView | undefined;
    if (!view?.created || requestState(view) !== 'pending') continue;
    const kind = random.weighted({ fulfilled: 6, partly: 2, declined: 1, cancelled: 1 });
    if (kind === 'declined') return { type: 'request.declined', payload: { requestId: view.id, reason: 'outOfStock' } };
    if (kind === 'cancelled') return { type: 'request.cancelled', payload: { requestId: view.id } };
    const handedOut = view.created.items.map((item) => ({
      itemId: item.itemId,
      quantity: kind === 'partly' ? random.int(0, item.quantity - 1) : item.quantity,
    }));
    return { type: 'request.fulfilled', payload: { requestId: view.id, partial: kind === 'partly', handedOut } };
  }
  return null;
}

async function deskCheckIn(device: FleetDevice, memory: DeviceMemory, world: World, random: Random): Promise<Op[]> {
  const day = centerDay(new Date(device.now()));
  const participantId = world.participants.length > 0 ? random.pick(world.participants) : null;
  if (!participantId || !(await device.store.view(`participant:${participantId}`))) {
    return enroll(device, memory, world, random);
  }
  const visitId = freshId('visit', device, memory);
  const { ops } = await device.store.recordWithTicket(
    { letter: null, day },
    (ticket) => [
      {
        type: 'visit.checkedIn',
        payload: { visitId, day, ticket, who: 'participant', participantId, method: 'staff' },
      },
      requestDraft(device, memory, random, { visitId, day, ticket, participantId }),
    ],
    author(device),
  );
  return ops;
}

const NAMES = ['Rosa', 'Luis', 'Ani', 'Somchai', 'Olga', 'Mateo', 'Lucía', 'Aram', 'Daeng', 'Irina'];

export async function enroll(device: FleetDevice, memory: DeviceMemory, world: World, random: Random): Promise<Op[]> {
  const participantId = freshId('person', device, memory);
  const ops = await device.store.recordAll(
    [
      {
        type: 'participant.enrolled',
        payload: {
          participantId,
          profile: {
            preferredName: random.pick(NAMES),
            lastName: random.pick(['García', 'Petrosyan', 'Kim', 'Ivanova', null]),
            aliases: [],
            pronouns: null,
            language: random.pick(['es', 'en', null]),
            birthDate: null,
            referral: 'communityServiceProvider',
            kioskConfirmation: false,
          },
          consent: {
            agreed: true,
            at: new Date(device.now()).toISOString(),
            recordedBy: device.actor ?? '',
            textVersion: 'v1',
          },
        },
      },
    ],
    author(device),
  );
  world.participants.push(participantId);
  return ops;
}

function profileEdit(random: Random) {
  switch (random.int(0, 3)) {
    case 0:
      return { pronouns: random.pick(['she/her', 'he/him', 'they/them']) };
    case 1:
      return { language: random.pick(['es', 'en', 'hy', 'th', 'ru']) };
    case 2:
      return { aliases: [random.pick(NAMES)] };
    default:
      return { preferredName: random.pick(NAMES) };
  }
}
