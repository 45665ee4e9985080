/**
 * The staff floor on a 1366×768 laptop (issue 15, item 7), in English and Spanish: the header
 * and the navigation one row each (admin sections under "More"), at least four request cards
 * above the fold, and waiting times that turn amber and red (words and icon, not colour alone)
 * by the defaults, as time passes, and by the thresholds an admin sets.
 */
import type { Locator, Page } from '@playwright/test';
import type { ServerProcess } from '../support/server-process.js';
import { expect, test } from './fixtures.js';
import { QueuePage } from './pages/queue-page.js';
import { moreButton, staffNavigation } from './pages/staff-nav.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { openConsoleAsAdmin } from './support/flows.js';
import { type OldRequest, pushOldRequests } from './support/kiosk-requests.js';
import { uniqueName } from './support/names.js';

const LAPTOP = { width: 1366, height: 768 };

/** A visitor's request for a blanket and coffee, made `minutesAgo` minutes ago, as ticket L-<n>. */
function requestsMade(minutesAgo: readonly number[]): OldRequest[] {
  return minutesAgo.map((minutes, index) => ({
    name: uniqueName('Vis'),
    ticket: `L-${index + 1}`,
    minutesAgo: minutes,
    items: [
      { itemId: 'item_blanket', quantity: 1 },
      { itemId: 'item_coffee_drinks', quantity: 1 },
    ],
  }));
}

async function laptopConsole(browser: import('@playwright/test').Browser, server: ServerProcess): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: LAPTOP });
  const page = await context.newPage();
  await openConsoleAsAdmin(page, server);
  return page;
}

/** Every element's box overlaps every other's vertically: they sit on one row. */
async function expectOneRow(what: string, locators: readonly Locator[]): Promise<void> {
  const boxes = [];
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, `${what}: ${locator} is on screen`).not.toBeNull();
    if (box) boxes.push(box);
  }
  const lowestTop = Math.max(...boxes.map((box) => box.y));
  const highestBottom = Math.min(...boxes.map((box) => box.y + box.height));
  expect(lowestTop, `${what} on one row`).toBeLessThan(highestBottom);
}

for (const language of ['en', 'es'] as const) {
  const words =
    language === 'en'
      ? { queue: 'Requests', spanish: 'Español', signOut: 'Sign out', long: 'Long wait', veryLong: 'Very long wait' }
      : {
          queue: 'Pedidos',
          spanish: 'Español',
          signOut: 'Cerrar sesión',
          long: 'Espera larga',
          veryLong: 'Espera muy larga',
        };

  test(`at 1366×768 (${language}) the header and navigation are one row each and four request cards show above the fold`, async ({
    browser,
    ownServer,
  }) => {
    // Six waiting requests: 2, 9, 17 (amber), 22 (amber), 33 (red) and 41 (red) minutes old.
    const requests = requestsMade([2, 9, 17, 22, 33, 41]);
    await pushOldRequests(ownServer, requests);
    const page = await laptopConsole(browser, ownServer);
    if (language === 'es') await page.getByRole('button', { name: words.spanish }).click();
    const queue = new QueuePage(page);
    await staffNavigation(page).getByRole('link', { name: words.queue }).click();
    await expect(page.getByRole('heading', { level: 1, name: words.queue })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(requests.length);

    const banner = page.getByRole('banner');
    await expectOneRow('header', [
      banner.getByText(language === 'en' ? 'LEAD Hollywood Drop-in' : 'LEAD Hollywood Centro de día'),
      banner.getByRole('button', { name: 'English' }),
      banner.getByRole('button', { name: 'Español' }),
      banner.getByRole('status').first(),
      banner.getByRole('button', { name: words.signOut }),
    ]);
    const nav = staffNavigation(page);
    await expectOneRow('navigation', [...(await nav.getByRole('link').all()), moreButton(page, language)]);

    // At least four whole cards above the fold, oldest first.
    const cards = await page.getByRole('article').all();
    let above = 0;
    for (const card of cards) {
      const box = await card.boundingBox();
      if (box && box.y >= 0 && box.y + box.height <= LAPTOP.height) above += 1;
    }
    expect(above, 'request cards wholly above the fold').toBeGreaterThanOrEqual(4);

    // Amber from 15 minutes, red from 30 (the defaults): in words and with an icon, not colour alone.
    const waited = (index: number) => queue.request(`L-${index + 1}`, language).locator('.waiting-time');
    const [two, nine, seventeen, thirtyThree] = [waited(0), waited(1), waited(2), waited(4)];
    for (const fine of [two, nine]) {
      await expect(fine).toHaveAttribute('data-level', 'ok');
      await expect(fine).not.toContainText(words.long);
    }
    await expect(seventeen).toHaveAttribute('data-level', 'amber');
    await expect(seventeen).toContainText(words.long);
    await expect(thirtyThree).toHaveAttribute('data-level', 'red');
    await expect(thirtyThree).toContainText(words.veryLong);
    for (const level of [seventeen, thirtyThree]) await expect(level.locator('svg')).toHaveCount(1);
    const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(seventeen)).not.toEqual(await background(thirtyThree));
    expect(await background(seventeen)).not.toEqual(await background(two));
    await expectNoSeriousViolations(page, `queue at 1366×768 (${language})`);
  });
}

test('a waiting time turns amber as time passes, without a reload', async ({ browser, ownServer }) => {
  // Thirteen and a half minutes: "ok" even if the page is slow to open, amber three minutes on.
  const [request] = requestsMade([13.5]);
  if (!request) throw new Error('no request');
  await pushOldRequests(ownServer, [request]);
  const context = await browser.newContext({ baseURL: ownServer.baseUrl, viewport: LAPTOP });
  const page = await context.newPage();
  // The page's clock is the test's: moving it on stands in for two minutes passing.
  await page.clock.install();
  await openConsoleAsAdmin(page, ownServer);
  const queue = new QueuePage(page);
  await queue.open();
  const waited = queue.request(request.ticket).locator('.waiting-time');
  await expect(waited).toHaveAttribute('data-level', 'ok');
  await page.clock.fastForward('03:00');
  await expect(waited).toHaveAttribute('data-level', 'amber');
  await expect(waited).toContainText('Long wait');
});

test('an admin changes the waiting times in Catalog and hours, and the queue follows', async ({
  browser,
  ownServer,
}) => {
  const requests = requestsMade([3, 7]);
  await pushOldRequests(ownServer, requests);
  const page = await laptopConsole(browser, ownServer);
  const queue = new QueuePage(page);
  await queue.open();
  const waited = (index: number) => queue.request(requests[index]?.ticket ?? '').locator('.waiting-time');
  await expect(waited(0)).toHaveAttribute('data-level', 'ok');
  await expect(waited(1)).toHaveAttribute('data-level', 'ok');

  await moreButton(page).click();
  await staffNavigation(page).getByRole('link', { name: 'Catalog and hours' }).click();
  const panel = page.getByRole('region', { name: 'Waiting times' });
  await expect(panel.getByRole('textbox', { name: 'Amber after (minutes)' })).toHaveValue('15');
  await expect(panel.getByRole('textbox', { name: 'Red after (minutes)' })).toHaveValue('30');
  // Red must come after amber: refused, and nothing changes.
  await panel.getByRole('textbox', { name: 'Amber after (minutes)' }).fill('6');
  await panel.getByRole('textbox', { name: 'Red after (minutes)' }).fill('6');
  await panel.getByRole('button', { name: 'Save waiting times' }).click();
  await expect(panel).toContainText('Enter whole minutes from 1 to 600, with red later than amber.');
  await panel.getByRole('textbox', { name: 'Amber after (minutes)' }).fill('2');
  await panel.getByRole('button', { name: 'Save waiting times' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Waiting times saved.' })).toBeVisible();

  await queue.open();
  await expect(waited(0)).toHaveAttribute('data-level', 'amber');
  await expect(waited(1)).toHaveAttribute('data-level', 'red');
  await expect(waited(1)).toContainText('Very long wait');
});

test('"More" opens and closes with the keyboard, and its links reach the admin sections', async ({
  browser,
  ownServer,
}) => {
  const page = await laptopConsole(browser, ownServer);
  const more = moreButton(page);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(staffNavigation(page).getByRole('link', { name: 'Devices' })).toHaveCount(0);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const links = staffNavigation(page).getByRole('link');
  for (const name of ['Catalog and hours', 'Devices', 'Staff accounts', 'Activity log']) {
    await expect(links.filter({ hasText: name })).toBeVisible();
  }
  await expectNoSeriousViolations(page, 'navigation with More open');
  await page.keyboard.press('Tab');
  await expect(staffNavigation(page).getByRole('link', { name: 'Catalog and hours' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await staffNavigation(page).getByRole('link', { name: 'Staff accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
  // Closed again on the new page, and the button says a section under it is open.
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toHaveClass(/more-menu__button--here/);
});
