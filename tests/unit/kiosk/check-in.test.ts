/**
 * What the kiosk records and when, through the real op store over fake-indexeddb: identifying
 * someone records nothing; their confirmation writes the visit, its ticket and the request together.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { confirmVisit, identifyParticipant, identifyVisitor } from '../../../src/kiosk/check-in.js';
import { closeDropinDb, openDropinDb } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { appOpStore } from '../../../src/sync/app-sync.js';
import { pairedIdentity } from '../../support/device-fixtures.js';
import { everything } from '../store/fixtures.js';

const ANA: DirectoryEntry = {
  participantId: 'person_ana_0001',
  firstName: 'Ana',
  lastInitial: 'R',
  searchKeys: ['ana'],
  active: true,
  birthdayCheck: null,
  cardHashes: [],
  language: 'es',
};
const MEAL = { itemId: 'item_warm_meal', quantity: 1 };

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  await saveDeviceIdentity(pairedIdentity({ id: 'device_lobby_1', role: 'kiosk', ticketLetter: 'K' }));
});
afterEach(closeDropinDb);

const outbox = async () => (await appOpStore()).outboxBatch(100);

describe('a kiosk check-in', () => {
  it('records nothing while the person is only identified, so walking away leaves no visit and no ticket used', async () => {
    const before = await everything(await openDropinDb());
    const pending = await identifyParticipant(ANA, 'card');
    identifyVisitor('Marisol');
    expect(pending).toMatchObject({ who: 'participant', name: 'Ana', earlier: null, again: false, language: 'es' });
    expect(await everything(await openDropinDb())).toEqual(before);

    // The next person to confirm gets the first number of the day.
    const next = await confirmVisit(identifyVisitor('Marisol'), []);
    expect(next.ok && next.visit.ticket).toBe('K-1');
  });

  it('writes the visit, its ticket and the request together when the person confirms', async () => {
    const result = await confirmVisit(await identifyParticipant(ANA, 'name'), [MEAL]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.visit).toMatchObject({ ticket: 'K-1', participantId: ANA.participantId, name: 'Ana' });
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['visit.checkedIn', 'request.created']);
    expect(ops[0]?.payload).toMatchObject({
      visitId: result.visit.visitId,
      ticket: 'K-1',
      who: 'participant',
      participantId: ANA.participantId,
      method: 'name',
    });
    expect(ops[1]?.payload).toMatchObject({ visitId: result.visit.visitId, ticket: 'K-1', items: [MEAL] });
  });

  it('records the visit alone for "Nothing today, thanks", and a visitor with the name they gave', async () => {
    const result = await confirmVisit(identifyVisitor('  Marisol '), []);
    expect(result.ok && result.visit.ticket).toBe('K-1');
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['visit.checkedIn']);
    expect(ops[0]?.payload).toMatchObject({ who: 'visitor', name: 'Marisol', ticket: 'K-1' });
  });

  it('writes nothing, and keeps the ticket, when the request cannot be saved', async () => {
    const before = await everything(await openDropinDb());
    const refused = await confirmVisit(await identifyParticipant(ANA, 'card'), [{ itemId: 'not an id!', quantity: 1 }]);
    expect(refused.ok).toBe(false);
    expect(await everything(await openDropinDb())).toEqual(before);
    const next = await confirmVisit(await identifyParticipant(ANA, 'card'), [MEAL]);
    expect(next.ok && next.visit.ticket).toBe('K-1');
  });

  it('keeps a same-day return’s number: no second visit, only the new request', async () => {
    const first = await confirmVisit(await identifyParticipant(ANA, 'card'), [MEAL]);
    expect(first.ok).toBe(true);
    if (!first.ok) return;

    const again = await identifyParticipant(ANA, 'name');
    expect(again).toMatchObject({ again: true, earlier: { visitId: first.visit.visitId, ticket: 'K-1' } });
    expect(again.asked.get(MEAL.itemId)).toBe(1);
    const nothing = await confirmVisit(again, []);
    expect(nothing.ok && nothing.visit).toMatchObject({ visitId: first.visit.visitId, ticket: 'K-1', again: true });
    expect(await outbox()).toHaveLength(2);

    const more = await confirmVisit(again, [{ itemId: 'item_blanket', quantity: 1 }]);
    expect(more.ok && more.visit.ticket).toBe('K-1');
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['visit.checkedIn', 'request.created', 'request.created']);
    expect(ops[2]?.payload).toMatchObject({ visitId: first.visit.visitId, ticket: 'K-1' });
  });
});
