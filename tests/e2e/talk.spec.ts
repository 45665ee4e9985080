/**
 * Case-manager topics as conversations, with a kiosk and two staff browsers on one server: a
 * topic request leaves the queue for Talk, shows first under the assigned case manager's "My
 * people", is started and finished by them (their name shows while talking, on every staff
 * device); "not today" with a reason, in Spanish. No hand-out buttons on a topic.
 */
import type { Browser, Page } from '@playwright/test';
import type { Op, OpOf } from '../../src/core/ops/op.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { QueuePage } from './pages/queue-page.js';
import { StaffPage } from './pages/staff-page.js';
import { TalkPage } from './pages/talk-page.js';
import { apiFor, E2E_ADMIN } from './support/accounts.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { uniqueName, uniqueSuffix } from './support/names.js';

/** The id of the request with this ticket (and, when given, this participant) in the server's ops. */
function requestIdOf(ops: readonly Op[], ticket: string, participantId?: string): string | undefined {
  return ops
    .filter((op): op is OpOf<'request.created'> => op.type === 'request.created')
    .find(
      (op) =>
        op.payload.ticket === ticket && (participantId === undefined || op.payload.participantId === participantId),
    )?.payload.requestId;
}

const SECRET = '739154';

/** A staff account only this test uses, made by the admin; returns its sign-in name and display name. */
async function newStaffMember(
  server: ServerProcess,
  base: string,
): Promise<{ loginName: string; displayName: string }> {
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const suffix = uniqueSuffix();
  const member = { loginName: `${base.toLowerCase()}${suffix}`, displayName: `${base} ${suffix}` };
  const response = await api.post('/api/staff', { data: { ...member, secret: SECRET, role: 'staff' } });
  expect(response.status(), await response.text()).toBe(201);
  await api.dispose();
  return member;
}

async function staffBrowser(browser: Browser, server: ServerProcess, loginName?: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
  if (!loginName) {
    await openConsoleAsAdmin(page, server);
    return page;
  }
  const staff = new StaffPage(page);
  await page.goto('/staff');
  await staff.signIn(loginName, SECRET);
  await expect(staff.heading('Today')).toBeVisible();
  return page;
}

/** Confirms the kiosk's choices and returns the ticket number. */
async function send(kiosk: KioskPage): Promise<string> {
  await kiosk.button('Send my request').click();
  const ticket = (await kiosk.ticket().textContent()) ?? '';
  await kiosk.button('Done').click();
  return ticket;
}

test('a topic goes to Talk, first under the assigned case manager, who starts and finishes it', async ({
  browser,
  server,
}) => {
  const marta = await newStaffMember(server, 'Marta');
  const rosa = uniqueName('Rosa');
  // The admin enrols Rosa and, on her profile, makes Marta her case manager.
  const desk = await staffBrowser(browser, server);
  const rosaId = await enrollThroughConsole(desk, {
    preferredName: rosa,
    lastName: 'Marroquín',
    birthDate: '1984-04-09',
  });
  await desk.goto(`/staff/participants/${rosaId}`);
  await desk.getByRole('button', { name: 'Edit details' }).click();
  await desk.getByRole('combobox', { name: 'Case manager' }).selectOption({ label: marta.displayName });
  await desk.getByRole('button', { name: 'Save changes' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(desk.getByRole('definition').filter({ hasText: marta.displayName })).toBeVisible();
  await waitUntilSynced(desk);

  // At the kiosk Rosa asks for phone charging and to talk about her housing application.
  const kiosk = await openPairedKiosk(await (await browser.newContext({ baseURL: server.baseUrl })).newPage(), server);
  await kiosk.syncNow();
  await kiosk.findMyName(rosa, { month: 4, day: 9 });
  await kiosk.confirmItsMe();
  await kiosk.choose('Phone charging');
  await kiosk.choose('Housing application');
  const ticket = await send(kiosk);

  // The queue keeps the hand-out line only; the topic is on Talk, under Marta's people.
  const martaPage = await staffBrowser(browser, server, marta.loginName);
  const queue = new QueuePage(martaPage);
  await queue.open();
  await expect(queue.request(ticket)).toContainText('1 × Phone charging', { timeout: 15_000 });
  await expect(queue.request(ticket)).not.toContainText('Housing application');
  const talk = new TalkPage(martaPage);
  await talk.open();
  const row = talk.mine().getByRole('article', { name: `Talk ${ticket}` });
  await expect(row).toContainText('About: Housing application');
  await expect(row).toContainText(`${rosa} M.`);
  await expect(row).toContainText('Waiting');
  await expect(row.getByRole('button', { name: /Hand out/ })).toHaveCount(0);
  // Rosa is not the admin's: on the admin's list she is among everyone else.
  const deskTalk = new TalkPage(desk);
  await deskTalk.open();
  await expect(deskTalk.others().getByRole('article', { name: `Talk ${ticket}` })).toContainText('Waiting');
  await expect(deskTalk.mine().getByRole('article', { name: `Talk ${ticket}` })).toHaveCount(0);

  await talk.start(ticket);
  await expect(martaPage.getByRole('status').filter({ hasText: `Talk ${ticket}: talking now.` })).toBeVisible();
  await expect(row).toContainText(`Talking with ${marta.displayName}`);
  await expect(row.getByRole('button', { name: 'Start talking' })).toHaveCount(0);
  await expectNoSeriousViolations(martaPage, 'talk with staff');
  // The admin's device learns it by sync: Marta's name while they talk.
  await expect(deskTalk.talk(ticket)).toContainText(`Talking with ${marta.displayName}`, { timeout: 15_000 });

  await talk.finish(ticket);
  await expect(martaPage.getByRole('status').filter({ hasText: `Talk ${ticket}: finished.` })).toBeVisible();
  await expect(talk.talk(ticket)).toHaveCount(0);
  await expect(talk.ended()).toContainText(`Talk ${ticket}`);
  await expect(talk.ended()).toContainText(`Done with ${marta.displayName}`);
  await expect(deskTalk.ended()).toContainText(`Done with ${marta.displayName}`, { timeout: 15_000 });

  // Rosa's history says how the talk went (the phone charging still waits in the queue).
  await desk.goto(`/staff/participants/${rosaId}`);
  await expect(desk.getByRole('table', { name: 'Requests' })).toContainText('Talk: done');

  // The server holds both steps in Marta's name, keyed by the request.
  await waitUntilSynced(martaPage);
  const requestId = requestIdOf(await serverOps(server), ticket, rosaId);
  const steps = (await serverOps(server)).filter(
    (op) => op.type.startsWith('conversation.') && (op.payload as { requestId: string }).requestId === requestId,
  );
  const martaId = steps[0]?.actor;
  expect(steps.map((op) => op.type)).toEqual(['conversation.started', 'conversation.finished']);
  expect(steps.every((op) => op.actor === martaId && martaId !== null)).toBe(true);
});

test('en español: "hoy no" con un motivo y una nota, anotado por quien lo hizo', async ({ browser, server }) => {
  const kiosk = await openPairedKiosk(await (await browser.newContext({ baseURL: server.baseUrl })).newPage(), server);
  const visitor = uniqueName('Zoila');
  await kiosk.button(/I’m visiting/).click();
  await kiosk.page.getByRole('textbox').fill(visitor);
  await kiosk.button('Continue').click();
  await kiosk.choose('Legal matters');
  const ticket = await send(kiosk);

  const staff = await staffBrowser(browser, server);
  await staff.getByRole('button', { name: 'Español' }).click();
  const talk = new TalkPage(staff, 'es');
  await talk.open();
  const row = talk.others().getByRole('article', { name: `Charla ${ticket}` });
  await expect(row).toContainText('Sobre: Asuntos legales', { timeout: 15_000 });
  await expect(row).toContainText('Esperando');
  await talk.openNotToday(ticket);
  await expectNoSeriousViolations(staff, 'charla: hoy no');
  await talk.recordNotToday(ticket, 'Tuvo que irse', 'Vuelve el viernes');
  await expect(staff.getByRole('status').filter({ hasText: `Charla ${ticket}: anotada como hoy no.` })).toBeVisible();
  await expect(talk.talk(ticket)).toHaveCount(0);
  await expect(talk.ended()).toContainText(`Charla ${ticket}`);
  await expect(talk.ended()).toContainText(`Hoy no (Tuvo que irse), anotado por ${E2E_ADMIN.displayName}`);

  await waitUntilSynced(staff);
  const ops = await serverOps(server);
  const requestId = requestIdOf(ops, ticket);
  expect(
    ops
      .filter((op) => op.type === 'conversation.notToday' && op.payload.requestId === requestId)
      .map((op) => op.payload),
  ).toEqual([{ requestId, reason: 'participantLeft', note: 'Vuelve el viernes' }]);
  await staff.getByRole('button', { name: 'English' }).click();
});
