/**
 * Back and Start over on every kiosk step, and nothing recorded until the person confirms: who
 * walks away (Start over, Back to welcome, the idle reset) leaves no visit on the server and uses
 * no ticket number. In English and Spanish, on landscape and portrait tablets.
 */
import type { Browser, Page } from '@playwright/test';
import type { ProfileFields } from '../../src/core/ops/participants.js';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import type { KioskPage } from './pages/kiosk-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { serverOps } from './support/center.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { KIOSK_LANGUAGES, TABLETS, wordsOf } from './support/kiosk-words.js';
import { uniqueName } from './support/names.js';
import { expectTouchSized } from './support/touch-targets.js';

/** Enrols people from a staff browser (with a printed card for the first); returns ids and that card. */
async function enrollWithCard(browser: Browser, server: ServerProcess, people: readonly Partial<ProfileFields>[]) {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const staffPage = await context.newPage();
  await openConsoleAsAdmin(staffPage, server);
  const ids: string[] = [];
  for (const person of people) ids.push(await enrollThroughConsole(staffPage, person));
  const { payload } = await printCard(staffPage, ids[0] as string);
  await waitUntilSynced(staffPage);
  await context.close();
  return { ids, card: payload };
}

/** Visits and requests the server holds that name these people or this visitor name. */
async function recordedFor(server: ServerProcess, participantIds: readonly string[], visitorName: string) {
  return (await serverOps(server)).filter(
    (op) =>
      (op.type === 'visit.checkedIn' &&
        (op.payload.who === 'participant'
          ? participantIds.includes(op.payload.participantId)
          : op.payload.name === visitorName)) ||
      (op.type === 'request.created' &&
        op.payload.participantId !== null &&
        participantIds.includes(op.payload.participantId)),
  );
}

/** axe and 48 px targets for the screen showing now. */
async function checkScreen(page: Page, screen: string): Promise<void> {
  await expectNoSeriousViolations(page, screen);
  await expectTouchSized(page, screen);
}

/** The card reaches the kiosk by sync: scan until the needs screen greets them. */
async function scanCard(kiosk: KioskPage, card: string): Promise<void> {
  await expect(async () => {
    await kiosk.scanWithKeyboardScanner(card);
    await expect(kiosk.needsHeading()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

for (const language of KIOSK_LANGUAGES) {
  for (const tablet of TABLETS) {
    test.describe(`${language}, ${tablet.name} ${tablet.width}×${tablet.height}`, () => {
      test.use({ viewport: { width: tablet.width, height: tablet.height } });
      const w = wordsOf(language);
      const tag = `${language === 'English' ? 'en' : 'es'}-${tablet.name}`;

      test('Back goes to the step before, Start over to welcome, from every step; nothing is recorded', async ({
        browser,
        page,
        server,
      }) => {
        const [ana, twin, visitor] = [uniqueName('Anabel'), uniqueName('Maite'), uniqueName('Lupe')];
        const { ids, card } = await enrollWithCard(browser, server, [
          { preferredName: ana, lastName: 'Rivas', birthDate: '1986-05-21' },
          { preferredName: twin, lastName: 'Ortiz', birthDate: '1979-08-03' },
          { preferredName: twin, lastName: 'Soto', birthDate: '1990-08-03' },
        ]);
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await kiosk.syncNow();
        const heading = (key: Parameters<typeof w>[0]) => kiosk.heading(w(key));
        const back = async (to: Parameters<typeof w>[0]) => {
          await kiosk.backButton().click();
          await expect(heading(to)).toBeVisible();
        };
        const startOver = async () => {
          await kiosk.startOverButton().click();
          await expect(heading('kiosk.welcome')).toBeVisible();
        };
        await checkScreen(page, `${tag} welcome`);

        // Scan: Back and Start over both lead to welcome; a card read there comes back to it.
        await kiosk.button(w('kiosk.way.scan')).click();
        await expect(heading('kiosk.scan.title')).toBeVisible();
        await checkScreen(page, `${tag} scan`);
        await back('kiosk.welcome');
        await kiosk.button(w('kiosk.way.scan')).click();
        await startOver();
        await kiosk.button(w('kiosk.way.scan')).click();
        await scanCard(kiosk, card);
        await expect(page.getByText(w('kiosk.needs.greeting', { name: ana }))).toBeVisible();
        await checkScreen(page, `${tag} needs`);
        await back('kiosk.scan.title');
        await startOver();
        // A card read on welcome: Back from the needs screen is welcome.
        await scanCard(kiosk, card);
        await back('kiosk.welcome');

        // Name, birthday, "is this you?": Back keeps what was typed and chosen.
        await kiosk.button(w('kiosk.way.name')).click();
        await expect(heading('kiosk.name.title')).toBeVisible();
        await kiosk.nameInput().fill(ana);
        await checkScreen(page, `${tag} name`);
        await back('kiosk.welcome');
        await kiosk.button(w('kiosk.way.name')).click();
        await kiosk.nameInput().fill(ana);
        await startOver();
        await kiosk.findMyName(ana, { month: 5, day: 21 });
        await expect(heading('kiosk.confirm.title')).toBeVisible();
        await checkScreen(page, `${tag} is this you`);
        await back('kiosk.birthday.title');
        await expect(kiosk.button(/^5 · /)).toHaveAttribute('aria-pressed', 'true');
        await checkScreen(page, `${tag} birthday`);
        await back('kiosk.name.title');
        await expect(kiosk.nameInput()).toHaveValue(ana);
        await kiosk.button(w('kiosk.name.continue')).click();
        await startOver();
        await kiosk.findMyName(ana, { month: 5, day: 21 });
        await startOver();
        await kiosk.findMyName(ana, { month: 5, day: 21 });
        await kiosk.confirmItsMe();
        await expect(kiosk.needsHeading()).toBeVisible();
        await back('kiosk.confirm.title');
        await kiosk.confirmItsMe();
        await expect(kiosk.needsHeading()).toBeVisible();
        await startOver();

        // "Which one is you?": Back to the birthday; from the needs screen, Back to the choice.
        await kiosk.findMyName(twin, { month: 8, day: 3 });
        await expect(heading('kiosk.choose.title')).toBeVisible();
        await checkScreen(page, `${tag} which one`);
        await back('kiosk.birthday.title');
        await kiosk.button(w('kiosk.birthday.continue')).click();
        await kiosk.button(`${twin} O.`).click();
        await expect(kiosk.needsHeading()).toBeVisible();
        await back('kiosk.choose.title');
        await startOver();

        // A visitor: Back from the needs screen keeps the name they gave.
        await kiosk.button(w('kiosk.way.visitor')).click();
        await expect(heading('kiosk.visitor.title')).toBeVisible();
        await checkScreen(page, `${tag} visitor`);
        await back('kiosk.welcome');
        await kiosk.button(w('kiosk.way.visitor')).click();
        await page.getByRole('textbox', { name: w('kiosk.visitor.nameLabel') }).fill(visitor);
        await kiosk.button(w('kiosk.visitor.continue')).click();
        await expect(page.getByText(w('kiosk.needs.greeting', { name: visitor }))).toBeVisible();
        await back('kiosk.visitor.title');
        await expect(page.getByRole('textbox', { name: w('kiosk.visitor.nameLabel') })).toHaveValue(visitor);
        await startOver();

        // A card nobody issued: the kind dead end; Back lets them try the card again.
        await kiosk.scanWithKeyboardScanner('LD1-0000000000000000000000000Z');
        await expect(heading('kiosk.seeStaff.title')).toBeVisible();
        await checkScreen(page, `${tag} see staff`);
        await back('kiosk.scan.title');
        await startOver();
        await kiosk.scanWithKeyboardScanner('LD1-0000000000000000000000000Z');
        await expect(heading('kiosk.seeStaff.title')).toBeVisible();
        await startOver();

        // Nobody confirmed, so the server has nothing of any of them.
        await waitUntilSynced(page);
        expect(await recordedFor(server, ids, visitor)).toEqual([]);
      });

      test('walking away records nothing and uses no number; "Nothing today, thanks" records the visit', async ({
        browser,
        page,
        server,
      }) => {
        const [ana, visitor] = [uniqueName('Anabel'), uniqueName('Lupe')];
        const { ids, card } = await enrollWithCard(browser, server, [
          { preferredName: ana, lastName: 'Rivas', birthDate: '1986-05-21' },
        ]);
        await page.clock.install();
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await kiosk.syncNow();

        // By card, then Start over.
        await scanCard(kiosk, card);
        await kiosk.startOverButton().click();
        await expect(kiosk.welcomeHeading()).toBeVisible();
        // By name, then they walk away: the kiosk clears itself after a minute.
        await kiosk.findMyName(ana, { month: 5, day: 21 });
        await kiosk.confirmItsMe();
        await expect(kiosk.needsHeading()).toBeVisible();
        await page.clock.runFor(61_000);
        await expect(kiosk.welcomeHeading()).toBeVisible();
        // A visitor who walks away too.
        await kiosk.button(w('kiosk.way.visitor')).click();
        await page.getByRole('textbox', { name: w('kiosk.visitor.nameLabel') }).fill(visitor);
        await kiosk.button(w('kiosk.visitor.continue')).click();
        await expect(kiosk.needsHeading()).toBeVisible();
        await page.clock.runFor(61_000);
        await expect(kiosk.welcomeHeading()).toBeVisible();
        await waitUntilSynced(page);
        expect(await recordedFor(server, ids, visitor)).toEqual([]);

        // She comes back and confirms: the visit is recorded, with this kiosk's first number.
        await kiosk.findMyName(ana, { month: 5, day: 21 });
        await kiosk.confirmItsMe();
        await kiosk.nothingToday();
        await expect(kiosk.heading(w('kiosk.done.title', { name: ana }))).toBeVisible();
        const ticket = (await kiosk.ticket().textContent()) ?? '';
        expect(ticket).toMatch(/^[A-Z]{1,2}-1$/);
        await expect
          .poll(async () => (await recordedFor(server, ids, visitor)).map((op) => op.payload), { timeout: 20_000 })
          .toEqual([expect.objectContaining({ who: 'participant', participantId: ids[0], method: 'name', ticket })]);
      });
    });
  }
}
