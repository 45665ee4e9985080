/**
 * Issue 15 as one morning at the drop-in, with kiosk, staff and display browsers on one server:
 * a box of three items is received; a Spanish speaker is enrolled on an English console (consent
 * in Spanish) with a case manager; the front desk checks her in with a naloxone kit and a talk
 * about housing; the queue masks the kit until Show; her number is called to the lobby display,
 * which never shows or stores her name or any item; her case manager handles the talk; a kiosk
 * visitor's number is called after hers. The staff laptop is 1366×768.
 */
import type { Browser, Page } from '@playwright/test';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { BoxPage } from './pages/box-page.js';
import { DeskPage } from './pages/desk-page.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { QueuePage } from './pages/queue-page.js';
import { TalkPage } from './pages/talk-page.js';
import { E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { serverOps } from './support/center.js';
import { pairedDisplay } from './support/display.js';
import { openConsoleAsAdmin, openPairedKiosk, pairConsoleAsStaffDevice, waitUntilSynced } from './support/flows.js';
import { dumpIndexedDb } from './support/indexed-db.js';
import { addTrackedItem } from './support/items.js';
import { uniqueName } from './support/names.js';
import { snapshotOnHand } from './support/server-stock.js';

const LAPTOP = { width: 1366, height: 768 };

async function newPage(browser: Browser, server: ServerProcess, viewport?: typeof LAPTOP): Promise<Page> {
  return (await browser.newContext({ baseURL: server.baseUrl, viewport })).newPage();
}

test('a morning on the floor: box, enrolment in Spanish, front desk, masked line, call, talk, display', async ({
  browser,
  // A server of its own: the display board starts empty, and the stock lines are this test's.
  ownServer: server,
}) => {
  const addItem = (base: string) =>
    addTrackedItem(server, base, { quantity: 5, fields: { perVisitLimit: 3, position: 5 } });
  const [poncho, warmers, hat] = [
    await addItem('Rain poncho'),
    await addItem('Hand warmers'),
    await addItem('Wool hat'),
  ];
  const items = [poncho, warmers, hat];
  const staff = await newPage(browser, server, LAPTOP);
  await openConsoleAsAdmin(staff, server);
  await pairConsoleAsStaffDevice(staff, server);
  const display = await pairedDisplay(browser, server, staff);

  // A donated box of three items (naloxone kits among them), in one form: every stock line moves once, on the server too.
  await staff.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Inventory' }).click();
  const box = new BoxPage(staff);
  await box.open();
  await box.receive(
    { [poncho.name]: 4, [warmers.name]: 6, 'Naloxone kit': 8 },
    { kind: 'Donation', source: 'St. Mary’s pantry' },
  );
  await expect(box.confirmation('Box received: 3 items, 18 in all.')).toBeVisible();
  await waitUntilSynced(staff);
  const inTheBox = [poncho.itemId, warmers.itemId, 'item_naloxone_kit'];
  expect(await snapshotOnHand(server, inTheBox)).toEqual([9, 11, 8]);
  const boxes = (await serverOps(server)).filter((op) => op.type === 'stock.batchReceived');
  expect(boxes).toHaveLength(1);

  // Enrolment on the English console, read to her in Spanish; the admin becomes her case manager.
  const participants = new ParticipantsPage(staff);
  await participants.openList();
  await staff.getByRole('link', { name: 'Enroll a participant' }).click();
  await participants.chooseLanguage('Español');
  await expect(participants.consentText()).toHaveAttribute('lang', 'es');
  await expect(participants.consentText()).toContainText('No se comparte nada con la policía');
  await expect(staff.getByRole('heading', { level: 1, name: 'Enroll a participant' })).toBeVisible();
  const yolanda = uniqueName('Yolanda');
  await participants.enroll({ preferredName: yolanda, lastName: 'Quispe' });
  await expect(staff.getByRole('heading', { level: 1, name: new RegExp(yolanda) })).toBeVisible();
  await staff.getByRole('button', { name: 'Edit details' }).click();
  await staff.getByRole('combobox', { name: 'Case manager' }).selectOption({ label: E2E_ADMIN.displayName });
  await staff.getByRole('button', { name: 'Save changes' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The front desk on Today checks her in with a naloxone kit, a hat and a talk about housing.
  await staff.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Today' }).click();
  const desk = new DeskPage(staff);
  const shown = `${yolanda} Q.`;
  await desk.search(yolanda);
  await desk.result(`Check in ${shown}`).click();
  await desk.ask({ 'Naloxone kit': 1, [hat.name]: 1, 'Housing application': 1 });
  await desk.checkIn();
  const ticket = await desk.ticket();
  await expect(desk.confirmation(`Checked in ${shown}. Their ticket is ${ticket}.`)).toBeVisible();

  // The queue shows the kit masked until Show; the talk is not a hand-out.
  const queue = new QueuePage(staff);
  await queue.open();
  const card = queue.request(ticket);
  await expect(card).toContainText('1 × Health and safety supplies');
  await expect(card).not.toContainText('Naloxone');
  await expect(card).not.toContainText('Housing application');
  await card.getByRole('button', { name: `Show what request ${ticket} asks for` }).click();
  await expect(card).toContainText('1 × Naloxone kit');

  // Call: the number reaches the lobby display.
  await queue.call(ticket);
  await expect(display.latest()).toHaveText(ticket, { timeout: 15_000 });

  // A visitor at the kiosk asks for a hat; staff call that number after hers.
  const kiosk = await openPairedKiosk(await newPage(browser, server), server);
  await kiosk.button(/I’m visiting/).click();
  await kiosk.page.getByRole('textbox').fill(uniqueName('Wendell'));
  await kiosk.button('Continue').click();
  await kiosk.choose(hat.name, 'Shelter and bedding');
  await kiosk.button('Send my request').click();
  const visitorTicket = ((await kiosk.ticket().textContent()) ?? '').trim();
  await kiosk.button('Done').click();
  await expect(queue.request(visitorTicket)).toBeVisible({ timeout: 15_000 });
  await queue.call(visitorTicket);
  await expect(display.latest()).toHaveText(visitorTicket, { timeout: 15_000 });
  await expect(display.shown()).toContainText(ticket);

  // Her case manager has the talk under My people, starts it (named while talking), finishes it.
  const talk = new TalkPage(staff);
  await talk.open();
  const row = talk.mine().getByRole('article', { name: `Talk ${ticket}` });
  await expect(row).toContainText('About: Housing application');
  await talk.start(ticket);
  await expect(talk.talk(ticket)).toContainText(`Talking with ${E2E_ADMIN.displayName}`);
  await talk.finish(ticket);
  await expect(talk.ended()).toContainText(shown);
  await expectNoSeriousViolations(staff, 'talk with staff at 1366×768');

  // The display shows numbers only: no name and no item in its page or its storage.
  await expectNoSeriousViolations(display.page, 'the lobby display with two numbers');
  const seen = await display.page.content();
  const stored = await dumpIndexedDb(display.page);
  expect(stored).toContain(ticket);
  for (const secret of [yolanda, 'Quispe', 'Naloxone', 'Housing', ...items.map((item) => item.name)]) {
    expect(seen, `the display shows ${secret}`).not.toContain(secret);
    expect(stored, `the display stores ${secret}`).not.toContain(secret);
  }
  for (const item of items) expect(stored).not.toContain(item.itemId);
});
