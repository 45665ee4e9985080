/**
 * A kiosk session as the next person finds it: every screen opens at the top with its heading
 * focused; the kiosk speaks a participant's preferred language and goes back to its own after
 * them; the welcome says plainly until when it is open, and where and how to call, in view.
 * In English and Spanish, on landscape and portrait tablets.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { enrollThroughConsole, printCard } from './support/cards.js';
import { openConsoleAsAdmin, openPairedKiosk, waitUntilSynced } from './support/flows.js';
import { KIOSK_LANGUAGES, TABLETS, wordsOf } from './support/kiosk-words.js';
import { uniqueName } from './support/names.js';
import { expectTouchSized } from './support/touch-targets.js';

/** How far the page and #main are scrolled. */
const scrolled = (page: Page) =>
  page.evaluate(() => window.scrollY + (document.getElementById('main')?.scrollTop ?? 0));

/** Scrolls the page and #main as far down as they go; true when there was anywhere to go. */
const scrollToBottom = (page: Page) =>
  page.evaluate(() => {
    const main = document.getElementById('main');
    window.scrollTo(0, document.documentElement.scrollHeight);
    if (main) main.scrollTop = main.scrollHeight;
    return window.scrollY + (main?.scrollTop ?? 0) > 0;
  });

/** The heading is focused and wholly inside the viewport, with the page at its top. */
async function expectOpensAtTop(page: Page, heading: ReturnType<Page['getByRole']>): Promise<void> {
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  expect(await scrolled(page)).toBe(0);
}

for (const language of KIOSK_LANGUAGES) {
  const other = language === 'English' ? 'Español' : 'English';
  for (const tablet of TABLETS) {
    test.describe(`${language}, ${tablet.name} ${tablet.width}×${tablet.height}`, () => {
      test.use({ viewport: { width: tablet.width, height: tablet.height } });
      const w = wordsOf(language);
      const theirs = wordsOf(other);

      test('the ticket and the next welcome open at the top, heading focused', async ({ page, server }) => {
        const visitor = uniqueName('Lupe');
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await kiosk.button(w('kiosk.way.visitor')).click();
        await page.getByRole('textbox', { name: w('kiosk.visitor.nameLabel') }).fill(visitor);
        await kiosk.button(w('kiosk.visitor.continue')).click();
        await expect(kiosk.needsHeading()).toBeVisible();
        // Down to the bottom of the needs screen (where it is longer than the tablet), then confirm.
        if (await scrollToBottom(page)) expect(await scrolled(page)).toBeGreaterThan(0);
        await kiosk.nothingToday();
        await expectOpensAtTop(page, kiosk.heading(w('kiosk.done.title', { name: visitor })));

        await scrollToBottom(page);
        await kiosk.button(w('kiosk.done.close')).click();
        await expectOpensAtTop(page, kiosk.welcomeHeading());
      });

      test(`a participant who prefers ${other} is served in it; the kiosk then returns to ${language}`, async ({
        browser,
        page,
        server,
      }) => {
        const sofia = uniqueName('Sofia');
        const staffContext = await browser.newContext({ baseURL: server.baseUrl });
        const staffPage = await staffContext.newPage();
        await openConsoleAsAdmin(staffPage, server);
        const sofiaId = await enrollThroughConsole(staffPage, {
          preferredName: sofia,
          lastName: 'Paz',
          birthDate: '1991-06-12',
          language: other === 'Español' ? 'es' : 'en',
        });
        const { payload: card } = await printCard(staffPage, sofiaId);
        await waitUntilSynced(staffPage);
        await staffContext.close();

        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await kiosk.syncNow();

        // By card: their language at once, with the switch still there to change it.
        await expect(async () => {
          await kiosk.scanWithKeyboardScanner(card);
          await expect(kiosk.heading(theirs('kiosk.needs.title'))).toBeVisible({ timeout: 2_000 });
        }).toPass({ timeout: 20_000 });
        await kiosk.expectLanguage(other);
        await expectNoSeriousViolations(page, `needs in ${other}`);
        await expectTouchSized(page, `needs in ${other}`);
        await kiosk.chooseLanguage(language);
        await expect(kiosk.heading(w('kiosk.needs.title'))).toBeVisible();
        await kiosk.chooseLanguage(other);
        await kiosk.startOverButton().click();
        await expect(kiosk.heading(w('kiosk.welcome'))).toBeVisible();
        await kiosk.expectLanguage(language);

        // By name, through to the ticket and Done: theirs while they are here, the kiosk's after.
        await kiosk.findMyName(sofia, { month: 6, day: 12 });
        await kiosk.confirmItsMe();
        await expect(kiosk.heading(theirs('kiosk.needs.title'))).toBeVisible();
        await kiosk.nothingToday();
        await expect(kiosk.heading(theirs('kiosk.done.title', { name: sofia }))).toBeVisible();
        await kiosk.button(theirs('kiosk.done.close')).click();
        await expect(kiosk.heading(w('kiosk.welcome'))).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'es');

        // A visitor's own choice of language ends with them too.
        await kiosk.button(w('kiosk.way.visitor')).click();
        await kiosk.chooseLanguage(other);
        await expect(kiosk.heading(theirs('kiosk.visitor.title'))).toBeVisible();
        await kiosk.startOverButton().click();
        await expect(kiosk.heading(w('kiosk.welcome'))).toBeVisible();
      });

      test('the welcome says until when it is open today, and the address and phone are in view', async ({
        page,
        server,
      }) => {
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await expect(kiosk.heading(w('kiosk.welcome'))).toBeVisible();
        const main = page.getByRole('main');
        // The kiosks are open for the tests by a staff override: public words, no "special event".
        const openUntil =
          language === 'English'
            ? /^Open today until \d{1,2}:\d{2}\s[AP]M$/
            : /^Abierto hoy hasta las \d{1,2}:\d{2}(\s[ap]\.\s?m\.)?$/;
        await expect(main.getByText(openUntil)).toBeVisible();
        await expect(main).not.toContainText(/special event|evento especial/);
        const address = main.getByText('1151 N. Western Ave, Los Angeles, CA 90029', { exact: true });
        const phone = main.getByText(language === 'English' ? 'Call us: 323-952-6099' : 'Llámenos: 323-952-6099');
        await expect(address).toBeInViewport({ ratio: 1 });
        await expect(phone).toBeInViewport({ ratio: 1 });
        expect(await scrolled(page)).toBe(0);
        await expectNoSeriousViolations(page, `welcome ${tablet.name}`);
        await expectTouchSized(page, `welcome ${tablet.name}`);
      });
    });
  }
}
