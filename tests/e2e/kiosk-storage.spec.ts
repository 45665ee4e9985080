/**
 * What a stolen lobby tablet would give away: a kiosk goes through a day (a card, a name, a
 * visitor, requests with a discreet item, sync, the center day changes), then every record of
 * every IndexedDB store it holds is read out. No last name, no birth date, no visitor name, no
 * card payload, and nothing of the day's visits and requests; and the server's request log names
 * no one (issue 20).
 */
import { centerDay } from '../../src/core/day.js';
import { expect, test } from './fixtures.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { receiveStock } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { dumpIndexedDb } from './support/indexed-db.js';

/** Every visit or request anywhere in the dump (ops, views, kept records, refusals, outbox). */
function visitsAndRequestsIn(dump: string): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('visitId' in record || 'requestId' in record || /^(visit|request)\./.test(String(record.type))) {
        found.push(record);
      } else Object.values(record).forEach(walk);
    }
  };
  walk(JSON.parse(dump));
  return found;
}

const letters = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** The first moment after `now` that is another center day in Los Angeles (to the minute). */
function nextCenterDay(now: number): number {
  const today = centerDay(new Date(now));
  let time = now;
  while (centerDay(new Date(time)) === today) time += 60_000;
  return time;
}

test('a stolen kiosk after a day holds no last name, birth date, visitor name or visit of that day', async ({
  browser,
  server,
}) => {
  const suffix = letters();
  const byCard = { preferredName: `Odalys${suffix}`, lastName: `Quintanar${suffix}`, birthDate: '1988-02-29' };
  const byName = { preferredName: `Wilber${suffix}`, lastName: `Zamarripa${suffix}`, birthDate: '1992-02-29' };
  const visitorName = `Visitante${suffix}`;

  const staffContext = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await staffContext.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const cardholder = await enrollThroughConsole(staffPage, { ...byCard, aliases: [`Oda${suffix}`] });
  await enrollThroughConsole(staffPage, byName);
  const { payload } = await printCard(staffPage, cardholder);
  await receiveStock(server, { item_warm_meal: 20, item_blanket: 20, item_naloxone_kit: 20 });
  await waitUntilSynced(staffPage);
  await staffContext.close();

  const context = await browser.newContext({ baseURL: server.baseUrl });
  // Real time to start with (the fixture opened the kiosks for the next hours); moved on later.
  await context.clock.install();
  const page = await context.newPage();
  const kiosk = await openPairedKiosk(page, server);
  // A card read before the new tablet has its directory is (rightly) unknown: sync first.
  await kiosk.syncNow();

  // By card: a warm meal and a discreet naloxone kit.
  await kiosk.scanWithKeyboardScanner(payload);
  await expect(page.getByText(`Hi, ${byCard.preferredName}.`)).toBeVisible();
  await kiosk.choose('Warm meal');
  await kiosk.choose('Naloxone kit');
  await expect(kiosk.discreetDialog()).toBeHidden();
  await kiosk.button('Send my request').click();
  await expect(kiosk.heading(`Thank you, ${byCard.preferredName}.`)).toBeVisible();
  const cardTicket = (await kiosk.ticket().textContent()) ?? '';
  await kiosk.button('Done').click();

  // By name with the birthday: a blanket.
  await kiosk.findMyName(byName.preferredName, { month: 2, day: 29 });
  await kiosk.confirmItsMe();
  await expect(page.getByText(`Hi, ${byName.preferredName}.`)).toBeVisible();
  await kiosk.choose('Blanket');
  await kiosk.button('Send my request').click();
  await expect(kiosk.heading(`Thank you, ${byName.preferredName}.`)).toBeVisible();
  await kiosk.button('Done').click();

  // A visitor who gives a first name: coffee.
  await kiosk.button(/I’m visiting/).click();
  await page.getByRole('textbox').fill(visitorName);
  await kiosk.button('Continue').click();
  await kiosk.choose('Coffee and drinks');
  await kiosk.button('Send my request').click();
  await expect(kiosk.heading(`Thank you, ${visitorName}.`)).toBeVisible();
  await kiosk.button('Done').click();

  await waitUntilSynced(page);
  // Once synced, the visitor's name is gone, and only the same-day records of participants stay.
  await expect
    .poll(async () => /visit\.checkedIn|request\.created/.test(await dumpIndexedDb(page)), { timeout: 15_000 })
    .toBe(false);
  expect(await dumpIndexedDb(page)).not.toContain(visitorName);

  // Back the same day, after sync: same number, and the meal already asked for.
  await kiosk.scanWithKeyboardScanner(payload);
  await expect(page.getByText('You already checked in today. You can ask for more here.')).toBeVisible();
  await kiosk.openGroup('Food and drinks');
  await expect(page.locator('.kiosk-tile.is-unavailable').filter({ hasText: 'Warm meal' })).toContainText(
    'You already asked for this today',
  );
  await kiosk.button('Nothing today, thanks').click();
  await expect(kiosk.ticket()).toHaveText(cardTicket);
  await kiosk.button('Done').click();

  // The night passes with the tablet left on: the center day changes.
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(nextCenterDay(now) - now + 10 * 60_000);
  await expect.poll(async () => visitsAndRequestsIn(await dumpIndexedDb(page)), { timeout: 20_000 }).toEqual([]);

  const dump = await dumpIndexedDb(page);
  const folded = dump.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const secret of [byCard.lastName, byName.lastName, visitorName]) {
    expect(folded, `the tablet holds "${secret}"`).not.toContain(secret.toLowerCase());
  }
  for (const birth of [byCard.birthDate, byName.birthDate, '02-29']) {
    expect(dump, `the tablet holds the birth date "${birth}"`).not.toContain(birth);
  }
  // The card itself is never kept: only a hash of its token.
  expect(dump, 'the tablet holds the card payload').not.toContain(payload);
  // What it may hold: first names, last initials, search keys of first names and aliases, the card.
  expect(dump).toContain(`"${byName.preferredName}"`);
  expect(dump).toContain(`"oda${suffix}"`);
  await context.close();

  // The server logged every request of the day (LOG_LEVEL=info): none of it names anyone.
  const logged = server.output();
  expect(logged).toContain('"path":"/api/sync/push"');
  const loggedFolded = logged.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const secret of [byCard.preferredName, byCard.lastName, byName.preferredName, byName.lastName, visitorName]) {
    expect(loggedFolded, `the server log holds "${secret}"`).not.toContain(secret.toLowerCase());
  }
  for (const secret of [byCard.birthDate, byName.birthDate, payload]) {
    expect(logged, `the server log holds "${secret}"`).not.toContain(secret);
  }
});
