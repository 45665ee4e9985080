/**
 * "I used naloxone to help someone" at the kiosk (issue 16), in English and Spanish: from welcome
 * the report names nobody and a replacement kit gets a ticket; after a check-in the person may add
 * their name, and only then does the report carry their participant id. Staff see the day's count
 * on Today; the kiosk keeps no name with the report and lets it go once the server has it.
 */
import type { Page } from '@playwright/test';
import type { Op } from '../../src/core/ops/op.js';
import { expect, goOffline, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole } from './support/cards.js';
import { receiveStock, serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { dumpIndexedDb } from './support/indexed-db.js';
import { uniqueName } from './support/names.js';

const TEXT = {
  English: {
    entry: 'I used naloxone to help someone',
    nameTitle: 'Add your name to this report?',
    addName: 'Yes, add my name',
    kitTitle: 'Would you like a new naloxone kit?',
    yesKit: 'Yes, please',
    noKit: 'No, thanks',
    thanks: 'Thank you. You may have saved a life.',
    kitComing: 'Staff will call you with your new kit.',
    continue: 'Continue to what I need',
    needs: 'What do you need today?',
    done: 'Done',
  },
  Español: {
    entry: 'Usé naloxona para ayudar a alguien',
    nameTitle: '¿Quiere añadir su nombre a este reporte?',
    addName: 'Sí, añadir mi nombre',
    kitTitle: '¿Quiere un kit nuevo de naloxona?',
    yesKit: 'Sí, por favor',
    noKit: 'No, gracias',
    thanks: 'Gracias. Es posible que haya salvado una vida.',
    kitComing: 'El personal le llamará para darle su kit nuevo.',
    continue: 'Seguir con lo que necesito',
    needs: '¿Qué necesita hoy?',
    done: 'Listo',
  },
} as const;

type Report = Extract<Op, { type: 'overdose.reversalReported' }>;
const reportsOf = (ops: readonly Op[]) => ops.filter((op): op is Report => op.type === 'overdose.reversalReported');

/** Every reversal report anywhere in this browser's IndexedDB, as stored. */
async function storedReports(page: Page): Promise<Report[]> {
  const found: Report[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ((value as { type?: unknown }).type === 'overdose.reversalReported') found.push(value as Report);
      else Object.values(value).forEach(walk);
    }
  };
  walk(JSON.parse(await dumpIndexedDb(page)));
  return found;
}

for (const language of ['English', 'Español'] as const) {
  const text = TEXT[language];

  test(`${language}: an anonymous report from welcome, with a replacement kit and a ticket`, async ({
    page,
    server,
  }) => {
    await receiveStock(server, { item_naloxone_kit: 5 });
    const kiosk = await openPairedKiosk(page, server);
    await kiosk.syncNow();
    if (language === 'Español') await kiosk.chooseLanguage('Español');
    // Offline, so what the kiosk stores can be read before the server has it (it works the same).
    await goOffline(page);

    await kiosk.button(text.entry).click();
    await expect(kiosk.heading(text.kitTitle)).toBeVisible();
    await expectNoSeriousViolations(page, 'reversal kit question');
    expect(await kiosk.buttonsWithoutIcon()).toEqual([]);
    await kiosk.button(text.yesKit).click();

    await expect(kiosk.heading(text.thanks)).toBeVisible();
    await expect(page.getByText(text.kitComing)).toBeVisible();
    const ticket = (await kiosk.ticket().textContent())?.trim() ?? '';
    expect(ticket).toMatch(/^[A-Z]{1,2}-\d+$/);
    await expectNoSeriousViolations(page, 'reversal thanks');
    const stored = await storedReports(page);
    expect(stored.map((op) => op.payload.participantId)).toEqual(stored.map(() => null));
    const reportId = stored[0]?.payload.reportId;
    expect(reportId).toBeTruthy();
    await page.context().setOffline(false);

    // On the server: the report names nobody, and the kit is a request with the ticket shown.
    await expect
      .poll(async () => reportsOf(await serverOps(server)).find((op) => op.payload.reportId === reportId)?.payload, {
        timeout: 30_000,
      })
      .toEqual({ reportId, day: expect.any(String), participantId: null, replacementAsked: true });
    const ops = await serverOps(server);
    const report = reportsOf(ops).find((op) => op.payload.reportId === reportId);
    const request = ops.find(
      (op) => op.type === 'request.created' && op.deviceId === report?.deviceId && op.payload.ticket === ticket,
    );
    expect(request?.payload).toMatchObject({
      participantId: null,
      items: [{ itemId: 'item_naloxone_kit', quantity: 1 }],
    });

    // Once the server has it, the kiosk lets it go.
    await expect.poll(() => storedReports(page), { timeout: 30_000 }).toEqual([]);
    await kiosk.button(text.done).click();
    await expect(kiosk.welcomeHeading()).toBeVisible();
  });

  test(`${language}: after check-in the person adds their name, and only then is the report theirs`, async ({
    browser,
    page,
    server,
  }) => {
    const person = { preferredName: uniqueName('Reyna'), lastName: uniqueName('Villaseñor'), birthDate: '1985-07-19' };
    const staffContext = await browser.newContext({ baseURL: server.baseUrl });
    const staffPage = await staffContext.newPage();
    await openConsoleAsAdmin(staffPage, server);
    const participantId = await enrollThroughConsole(staffPage, {
      ...person,
      language: language === 'Español' ? 'es' : null,
    });
    await waitUntilSynced(staffPage);
    const todayCount = staffPage.locator('.today-counts div', { hasText: 'Overdose reversals reported today' });
    await expect(todayCount).toBeVisible();
    const before = Number(await todayCount.locator('dd').textContent());

    const kiosk = await openPairedKiosk(page, server);
    await kiosk.syncNow();
    await kiosk.findMyName(person.preferredName, { month: 7, day: 19 });
    await kiosk.confirmItsMe();
    await goOffline(page);
    // A Spanish speaker's kiosk follows their recorded language.
    await expect(kiosk.heading(text.needs)).toBeVisible();
    await kiosk.button(text.entry).click();

    await expect(kiosk.heading(text.nameTitle)).toBeVisible();
    await expect(page.getByText(person.preferredName)).toHaveCount(0);
    await expectNoSeriousViolations(page, 'reversal name question');
    await kiosk.button(text.addName).click();
    await expect(kiosk.heading(text.kitTitle)).toBeVisible();
    await kiosk.button(text.noKit).click();
    await expect(kiosk.heading(text.thanks)).toBeVisible();
    await expect(kiosk.ticket()).toHaveCount(0);
    await expect(page.getByText(person.preferredName)).toHaveCount(0);
    // The kiosk stores the report with the participant's id, never a name.
    const stored = await storedReports(page);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((op) => op.payload.participantId)).toEqual(stored.map(() => participantId));
    expect(JSON.stringify(stored)).not.toContain(person.preferredName);
    expect(JSON.stringify(stored)).not.toContain(person.lastName);
    const reportId = stored[0]?.payload.reportId;
    await page.context().setOffline(false);

    await kiosk.button(text.continue).click();
    await expect(kiosk.heading(text.needs)).toBeVisible();

    await expect
      .poll(async () => reportsOf(await serverOps(server)).find((op) => op.payload.reportId === reportId)?.payload, {
        timeout: 30_000,
      })
      .toEqual({ reportId, day: expect.any(String), participantId, replacementAsked: false });
    await expect(todayCount.locator('dd')).toHaveText(String(before + 1), { timeout: 30_000 });
    await expect.poll(() => storedReports(page), { timeout: 30_000 }).toEqual([]);
    expect(await dumpIndexedDb(page)).not.toContain(person.lastName);
    await staffContext.close();
  });
}
