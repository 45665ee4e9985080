/**
 * A paired kiosk for the page figures (check-in, name search, soak): the built server as a real
 * process, a tracked item with stock on its shelf, a kiosk paired through its own screen in
 * Debian's Chromium, and ways to give it a realistic amount of data quickly:
 *
 * - `seedDirectory`: a directory of N people as the kiosk's feed stores it (DirectoryEntry, each
 *   with a card hash and a birthday check made by our own code), written into its IndexedDB in
 *   segments as the kiosk lays them out, in a few big transactions. The snapshot path itself is measured by the `directory-snapshot` row.
 * - `seedHistory`: N prior visits, each with a request, exactly as `writeOpInTransaction` leaves
 *   them (the op in the log with its view keys, the view folded by the core's `applyOp`, the op
 *   in the outbox), stamped by this kiosk: what a kiosk holds of its own check-ins until the
 *   server has them (the retention purge keeps every op still waiting).
 */
import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { cardTokenFromBytes, hashCardToken } from '../../../src/core/cards/card-token.js';
import { centerDay } from '../../../src/core/day.js';
import { applyOp } from '../../../src/core/fold/apply.js';
import { type DirectoryEntry, searchKeysOf } from '../../../src/core/fold/directory.js';
import type { View } from '../../../src/core/fold/views.js';
import { birthdayCheckOf } from '../../../src/core/kiosk/birthday-check.js';
import { rewrittenSegments, SEGMENT_SIZE } from '../../../src/core/kiosk/directory-segments.js';
import { formatStamp, tickClock } from '../../../src/core/ops/clock.js';
import type { Op } from '../../../src/core/ops/op.js';
import { createFirstAdmin } from '../../../tests/e2e/support/accounts.js';
import { openKiosksAllDay } from '../../../tests/e2e/support/center.js';
import { openPairedKiosk } from '../../../tests/e2e/support/flows.js';
import { addTrackedItem, type TestItem } from '../../../tests/e2e/support/items.js';
import { type ServerProcess, startServerProcess } from '../../../tests/support/server-process.js';

export interface BenchKiosk {
  readonly server: ServerProcess;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly item: TestItem;
  close(): Promise<void>;
}

/** Needs `npm run build` first. The kiosk is paired, synced once, showing Welcome, its service worker in control. */
export async function openBenchKiosk(
  options: { contextOptions?: Parameters<Browser['newContext']>[0] } = {},
): Promise<BenchKiosk> {
  const server = await startServerProcess();
  let browser: Browser | undefined;
  try {
    await createFirstAdmin(server);
    await openKiosksAllDay(server);
    const item = await addTrackedItem(server, 'Socks', { quantity: 10_000 });
    browser = await chromium.launch(chromiumLaunchOptions());
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 800 },
      ...options.contextOptions,
    });
    const page = await context.newPage();
    const kiosk = await openPairedKiosk(page, server);
    await kiosk.syncNow();
    await expect(kiosk.heading('Welcome')).toBeVisible();
    const opened = browser;
    return {
      server,
      browser: opened,
      context,
      page,
      item,
      close: async () => {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** Resolves once a service worker controls the page, so it can be taken offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const FIRST_NAMES = [
  'Ana',
  'Rosa',
  'Maria',
  'Jose',
  'Luis',
  'Carlos',
  'Juan',
  'Miguel',
  'Sofia',
  'Lucia',
  'Omar',
  'Nadia',
  'David',
  'James',
  'John',
  'Robert',
  'Michael',
  'William',
  'Mary',
  'Patricia',
  'Linda',
  'Barbara',
  'Elizabeth',
  'Jennifer',
  'Susan',
  'Jessica',
  'Sarah',
  'Karen',
  'Daniel',
  'Anthony',
  'Mark',
  'Paul',
  'Steven',
  'Andrew',
  'Kevin',
  'Brian',
  'George',
  'Edward',
  'Ronald',
  'Timothy',
  'Jason',
  'Jeffrey',
  'Ryan',
  'Jacob',
  'Gary',
  'Eric',
  'Stephen',
  'Larry',
  'Justin',
  'Scott',
  'Brandon',
  'Frank',
  'Gregory',
  'Raymond',
  'Samuel',
  'Patrick',
  'Alexander',
  'Jack',
  'Dennis',
  'Jerry',
  'Tyler',
  'Aaron',
  'Henry',
  'Adam',
  'Douglas',
  'Nathan',
  'Peter',
  'Zachary',
  'Kyle',
  'Walter',
  'Harold',
  'Jeremy',
  'Ethan',
  'Carl',
  'Keith',
  'Roger',
  'Gerald',
  'Christian',
  'Terry',
  'Sean',
  'Arthur',
  'Austin',
  'Noah',
  'Lawrence',
  'Jesse',
  'Joe',
  'Bryan',
  'Billy',
  'Jordan',
  'Albert',
  'Dylan',
  'Bruce',
  'Willie',
  'Gabriel',
  'Alan',
  'Juan',
  'Logan',
  'Wayne',
  'Ralph',
  'Roy',
  'Eugene',
  'Randy',
  'Vincent',
  'Russell',
  'Louis',
  'Bobby',
  'Philip',
  'Johnny',
  'Haruto',
  'Min-jun',
  'Seo-yeon',
  'Aram',
  'Ani',
  'Tigran',
  'Narek',
  'Somchai',
  'Malee',
  'Dmitri',
  'Olga',
  'Ivan',
  'Natasha',
  'Wei',
  'Mei',
  'Jun',
  'Ling',
  'Andres',
  'Pilar',
  'Marisol',
  'Guadalupe',
  'Esperanza',
  'Dolores',
  'Ramon',
  'Ernesto',
  'Alejandro',
  'Beatriz',
  'Consuelo',
];
const INITIALS = 'ABCDEFGHJKLMNOPRSTVWZ';

/**
 * The birth month and day of `benchDirectory`'s entry `index`: different for everyone of the same
 * first name (up to 336 of them; 20,000 people make about 140 per name).
 */
export function benchBirthday(index: number): { month: number; day: number } {
  const ofName = Math.floor(index / FIRST_NAMES.length);
  return { month: (ofName % 12) + 1, day: (Math.floor(ofName / 12) % 28) + 1 };
}

export interface SeededDirectory {
  readonly entries: DirectoryEntry[];
  /** The printed card payload of `entries[i]`. */
  readonly tokens: string[];
}

/**
 * `size` people as the kiosk's directory holds them: a first name (about 140 names, so a name
 * matches ~140 people), sometimes an alias, a last initial, a birthday check, one active card.
 */
export function benchDirectory(size: number): SeededDirectory {
  const entries: DirectoryEntry[] = [];
  const tokens: string[] = [];
  for (let index = 0; index < size; index += 1) {
    const participantId = `participant_bench_${String(index).padStart(6, '0')}`;
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length] as string;
    const alias = index % 5 === 0 ? (FIRST_NAMES[(index * 7 + 3) % FIRST_NAMES.length] as string) : null;
    const token = cardTokenFromBytes(randomBytes(16));
    const { month, day } = benchBirthday(index);
    tokens.push(token);
    entries.push({
      participantId,
      firstName,
      lastInitial: INITIALS[Math.floor(index / FIRST_NAMES.length) % INITIALS.length] as string,
      searchKeys: searchKeysOf([firstName, alias]),
      active: true,
      birthdayCheck: birthdayCheckOf(
        participantId,
        `1980-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      ),
      cardHashes: [hashCardToken(token)],
      language: index % 3 === 0 ? 'es' : 'en',
    });
  }
  return { entries, tokens };
}

/**
 * Replaces the kiosk's directory with `entries`, laid out in segments as the kiosk's own snapshot
 * write leaves them (`rewrittenSegments`), 5,000 people per transaction.
 */
export async function seedDirectory(page: Page, entries: readonly DirectoryEntry[]): Promise<void> {
  const segments = rewrittenSegments(entries);
  const perTransaction = 5_000 / SEGMENT_SIZE;
  for (let start = 0; start < segments.length; start += perTransaction) {
    await page.evaluate(
      async ([chunk, first]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('lead-dropin');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction('directorySegments', 'readwrite');
        const store = tx.objectStore('directorySegments');
        if (first) store.clear();
        for (const segment of chunk) store.put(segment);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      [segments.slice(start, start + perTransaction), start === 0] as const,
    );
  }
}

interface HistoryTemplate {
  readonly ops: string[];
  readonly views: { key: string; view: string }[];
}

/**
 * One visit with a request as this kiosk writes it, as JSON with placeholders the page fills in
 * per visit: ids, day, participant, seq. Folded with the core's own `applyOp`.
 */
function historyTemplate(deviceId: string, site: string | undefined, itemId: string): HistoryTemplate {
  const clock = tickClock({ wall: 0, counter: 0, node: deviceId }, Date.now() - 86_400_000);
  const base = { deviceId, actor: null, at: formatStamp(clock), ...(site ? { site } : {}) };
  const visit = {
    ...base,
    id: 'OPV_TPL',
    seq: 900_000_001,
    type: 'visit.checkedIn',
    payload: {
      visitId: 'VISIT_TPL',
      day: '2000-01-01',
      ticket: 'K-1',
      who: 'participant',
      participantId: 'PART_TPL',
      method: 'card',
    },
  } as unknown as Op;
  const request = {
    ...base,
    id: 'OPR_TPL',
    seq: 900_000_002,
    type: 'request.created',
    payload: {
      requestId: 'REQ_TPL',
      visitId: 'VISIT_TPL',
      day: '2000-01-01',
      participantId: 'PART_TPL',
      ticket: 'K-1',
      items: [{ itemId, quantity: 2 }],
    },
  } as unknown as Op;
  const views = new Map<string, View>();
  const ops: string[] = [];
  for (const op of [visit, request]) {
    const changed = applyOp(op, (key) => views.get(key));
    for (const [key, view] of changed) views.set(key, view);
    ops.push(JSON.stringify({ ...op, viewKeys: [...changed.keys()] }));
  }
  return { ops, views: [...views].map(([key, view]) => ({ key, view: JSON.stringify(view) })) };
}

/**
 * Adds visits `from`..`to`-1 (each with a request) to the kiosk's log, views and outbox, 300 a
 * day going back from yesterday, for the directory's people (never `skip`, the one being timed).
 */
export async function seedHistory(
  page: Page,
  options: { from: number; to: number; itemId: string; participants: readonly string[]; skip: string },
): Promise<void> {
  const identity = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lead-dropin');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (key: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('meta').objectStore('meta').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [device, seq] = await Promise.all([read('deviceIdentity'), read('opSeq')]);
    db.close();
    return { device: device as { deviceId: string; site?: string }, seq: (seq as number | undefined) ?? 0 };
  });
  const template = historyTemplate(identity.device.deviceId, identity.device.site, options.itemId);
  const people = options.participants.filter((id) => id !== options.skip);
  const days: string[] = [];
  for (let index = options.from; index < options.to; index += 1) {
    const daysBack = 1 + Math.floor(index / 300);
    days.push(centerDay(new Date(Date.now() - daysBack * 86_400_000)));
  }
  const CHUNK = 5_000;
  for (let start = options.from; start < options.to; start += CHUNK) {
    const end = Math.min(options.to, start + CHUNK);
    await page.evaluate(
      async ({ template, start, end, days, people, from, seqBase }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('lead-dropin');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['ops', 'views', 'outbox', 'meta'], 'readwrite');
        let lastSeq = 0;
        for (let index = start; index < end; index += 1) {
          const id = `bench${String(index).padStart(7, '0')}`;
          const fill = (text: string) =>
            text
              .replaceAll('OPV_TPL', `op_v${id}`)
              .replaceAll('OPR_TPL', `op_r${id}`)
              .replaceAll('VISIT_TPL', `visit_${id}`)
              .replaceAll('REQ_TPL', `request_${id}`)
              .replaceAll('PART_TPL', people[index % people.length] as string)
              .replaceAll('2000-01-01', days[index - from] as string)
              .replaceAll('900000001', String(seqBase + 2 * index + 1))
              .replaceAll('900000002', String(seqBase + 2 * index + 2));
          for (const text of template.ops) {
            const stored = JSON.parse(fill(text));
            tx.objectStore('ops').put(stored);
            const { viewKeys: _keys, ...op } = stored;
            tx.objectStore('outbox').put(op);
            lastSeq = Math.max(lastSeq, op.seq);
          }
          for (const { key, view } of template.views) tx.objectStore('views').put(JSON.parse(fill(view)), fill(key));
        }
        tx.objectStore('meta').put(lastSeq, 'opSeq');
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      {
        template,
        start,
        end,
        days: days.slice(start - options.from, end - options.from),
        people,
        from: start,
        seqBase: identity.seq,
      },
    );
  }
}

/** The kiosk's store sizes, for the report. */
export function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lead-dropin');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  });
}
