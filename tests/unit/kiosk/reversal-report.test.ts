/**
 * What the kiosk's reversal report records (issue 16), through the real op store over
 * fake-indexeddb: from welcome nobody is named; after a check-in only "add my name" names them; a
 * replacement kit is a request with a ticket, in the same transaction; with no kit, staff help.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_CATALOG } from '../../../src/core/catalog/seed.js';
import type { DirectoryEntry } from '../../../src/core/fold/directory.js';
import { identifyParticipant } from '../../../src/kiosk/check-in.js';
import type { NeedsStep, ReversalStep } from '../../../src/kiosk/flow.js';
import { reportReversal } from '../../../src/kiosk/reversal-report.js';
import type { KioskData } from '../../../src/kiosk/useKioskData.js';
import { closeDropinDb } from '../../../src/store/db.js';
import { saveDeviceIdentity } from '../../../src/store/device-identity.js';
import { appOpStore } from '../../../src/sync/app-sync.js';
import { pairedIdentity } from '../../support/device-fixtures.js';

const ANA: DirectoryEntry = {
  participantId: 'person_ana_0001',
  firstName: 'Ana',
  lastInitial: 'R',
  searchKeys: ['ana'],
  active: true,
  birthdayCheck: null,
  cardHashes: [],
};
const items = SEED_CATALOG.map((seed) => ({ id: seed.id, ...seed.item }));
const withKits = (kits: number) =>
  ({ items, onHand: new Map([['item_naloxone_kit', kits]]), settings: {} }) as unknown as KioskData;

beforeEach(async () => {
  await closeDropinDb();
  globalThis.indexedDB = new IDBFactory();
  await saveDeviceIdentity(pairedIdentity({ id: 'device_lobby_1', role: 'kiosk', ticketLetter: 'K' }));
});
afterEach(closeDropinDb);

const outbox = async () => (await appOpStore()).outboxBatch(100);
const fromWelcome: ReversalStep = { step: 'reversal', phase: 'kit', from: null, named: false };
async function fromNeeds(named: boolean): Promise<ReversalStep> {
  const from: NeedsStep = { step: 'needs', visit: await identifyParticipant(ANA, 'card'), back: { step: 'scan' } };
  return { step: 'reversal', phase: 'kit', from, named };
}

describe('a reversal report from welcome', () => {
  it('names nobody, and a replacement kit is an anonymous visit with a ticket and a request for one kit', async () => {
    const next = await reportReversal(fromWelcome, true, withKits(3));
    expect(next).toEqual({ step: 'reversalDone', kit: 'coming', ticket: 'K-1', next: null });
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['visit.checkedIn', 'request.created', 'overdose.reversalReported']);
    expect(ops[0]?.payload).toMatchObject({ who: 'visitor', name: null, ticket: 'K-1' });
    expect(ops[1]?.payload).toMatchObject({
      participantId: null,
      ticket: 'K-1',
      items: [{ itemId: 'item_naloxone_kit', quantity: 1 }],
    });
    expect(ops[2]?.payload).toMatchObject({ participantId: null, replacementAsked: true });
  });

  it('without a kit on hand records only the report, that one was asked for, and sends them to staff', async () => {
    const next = await reportReversal(fromWelcome, true, withKits(0));
    expect(next).toEqual({ step: 'reversalDone', kit: 'seeStaff', ticket: null, next: null });
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['overdose.reversalReported']);
    expect(ops[0]?.payload).toMatchObject({ participantId: null, replacementAsked: true });
  });
});

describe('a reversal report after a check-in', () => {
  it('stays anonymous unless the person chose to add their name', async () => {
    await reportReversal(await fromNeeds(false), false, withKits(3));
    await reportReversal(await fromNeeds(true), false, withKits(3));
    const reports = (await outbox()).map((op) => op.payload);
    expect(reports).toMatchObject([
      { participantId: null, replacementAsked: false },
      { participantId: ANA.participantId, replacementAsked: false },
    ]);
  });

  it('records their visit with the kit, and the needs screen continues with that visit and number', async () => {
    const next = await reportReversal(await fromNeeds(true), true, withKits(3));
    expect(next).toMatchObject({ step: 'reversalDone', kit: 'coming', ticket: 'K-1' });
    const ops = await outbox();
    expect(ops.map((op) => op.type)).toEqual(['visit.checkedIn', 'request.created', 'overdose.reversalReported']);
    const visitId = (ops[0]?.payload as { visitId?: string } | undefined)?.visitId;
    if (next.step !== 'reversalDone' || !next.next) throw new Error('expected the needs screen next');
    expect(next.next.visit.earlier).toEqual({ visitId, ticket: 'K-1' });
    expect(next.next.visit.asked.get('item_naloxone_kit')).toBe(1);
  });
});
