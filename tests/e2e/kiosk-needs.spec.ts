/**
 * "What do you need today?" on both tablet sizes, in English and Spanish: every group, the list
 * and Send in view without scrolling; every option of each group's page in view; choices from two
 * groups on the list; the discreet supplies in a small dialog that closes itself, named only as
 * "Health and safety supplies (1)" on the list and the ticket.
 */
import type { Page } from '@playwright/test';
import type { RequestCreated } from '../../src/core/ops/requests.js';
import { expect, test } from './fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { receiveStock, serverOps } from './support/center.js';
import { openPairedKiosk } from './support/flows.js';
import { addTrackedItem } from './support/items.js';
import { uniqueName } from './support/names.js';
import { expectTouchSized } from './support/touch-targets.js';

const TEXT = {
  English: {
    visitor: /I’m visiting/,
    continue: 'Continue',
    title: 'What do you need today?',
    clothing: 'Clothing and shoes',
    caseManager: 'Talk to a case manager',
    discreet: 'Health and safety supplies',
    blanket: 'Blanket',
    dmv: 'DMV',
    naloxone: 'Naloxone kit',
    oneMoreNaloxone: 'One more: Naloxone kit',
    nothing: 'Nothing today, thanks',
    send: 'Send my request',
    done: 'Done',
  },
  Español: {
    visitor: /Vengo de visita/,
    continue: 'Continuar',
    title: '¿Qué necesita hoy?',
    clothing: 'Ropa y zapatos',
    caseManager: 'Hablar con mi administrador de casos',
    discreet: 'Artículos de salud y seguridad',
    blanket: 'Cobija',
    dmv: 'DMV',
    naloxone: 'Kit de naloxona',
    oneMoreNaloxone: 'Uno más: Kit de naloxona',
    nothing: 'Nada hoy, gracias',
    send: 'Enviar mi pedido',
    done: 'Listo',
  },
} as const;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
] as const;

/**
 * What matching `selector` is not wholly in view: outside the window, or cut off by the grid it
 * scrolls in. Also fails when the page itself is scrolled, since "in view" means without scrolling.
 */
function outOfView(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const inside = (box: DOMRect, frame: { top: number; left: number; bottom: number; right: number }) =>
      box.top >= frame.top - 1 &&
      box.left >= frame.left - 1 &&
      box.bottom <= frame.bottom + 1 &&
      box.right <= frame.right + 1;
    const window_ = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    const scrolled = (document.scrollingElement?.scrollTop ?? 0) > 0 ? ['the page is scrolled'] : [];
    const elements = [...document.querySelectorAll<HTMLElement>(css)];
    if (elements.length === 0) return [`nothing matches ${css}`];
    return [
      ...scrolled,
      ...elements
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const grid = element.closest('.kiosk-grid')?.getBoundingClientRect();
          return box.width === 0 || !inside(box, window_) || (grid !== undefined && !inside(box, grid));
        })
        .map((element) => element.textContent?.trim() || element.getAttribute('aria-label') || css),
    ];
  }, selector);
}

/** Tiles whose words or picture spill out of them (too little room to show all they say). */
function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll<HTMLElement>(css)]
        .filter(
          (element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
        )
        .map((element) => element.textContent?.trim() ?? css),
    selector,
  );
}

/** Pairs of tiles that lie over each other, by name. */
function overlappingTiles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tiles = [...document.querySelectorAll<HTMLElement>('.kiosk-tile')].map((element) => ({
      name: element.querySelector('.kiosk-tile__name')?.textContent ?? '?',
      box: element.getBoundingClientRect(),
    }));
    return tiles.flatMap((a, i) =>
      tiles
        .slice(i + 1)
        .filter(
          ({ box: b }) =>
            a.box.left < b.right - 1 &&
            b.left < a.box.right - 1 &&
            a.box.top < b.bottom - 1 &&
            b.top < a.box.bottom - 1,
        )
        .map((b) => `${a.name} × ${b.name}`),
    );
  });
}

/** Touch targets under 48 px among what is on screen now. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main a, dialog button')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ element, box }) => `${element.textContent?.trim()} ${box.width}×${box.height}`),
  );
}

async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `build/screens/${name.replaceAll(' ', '-')}.png` });
  await expectNoSeriousViolations(page, name);
  expect(await smallTargets(page), `${name}: touch targets under 48 px`).toEqual([]);
}

for (const language of ['English', 'Español'] as const) {
  for (const viewport of SIZES) {
    test.describe(`${language} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      // On a server of its own: the options in view are the program's catalog, not every other
      // test's items (which all land in one group on the shared server).
      test('every group, each group’s options, the list and Send are in view; the discreet dialog stays discreet', async ({
        page,
        ownServer: server,
      }) => {
        const text = TEXT[language];
        const screen = `needs-${language}-${viewport.width}x${viewport.height}`;
        // This test's own coat, among the clothing (after the shoes, before the tent and blanket): a
        // group page holds what staff add, too.
        const coat = await addTrackedItem(server, 'Winter coat', {
          quantity: 5,
          fields: { category: 'clothing', icon: 'clothing', perVisitLimit: 1, position: 85 },
        });
        const coatName = language === 'English' ? coat.name : coat.nameEs;
        await receiveStock(server, { item_blanket: 10, item_naloxone_kit: 10 });
        const kiosk = await openPairedKiosk(page, server);
        await kiosk.chooseLanguage(language);
        await kiosk.button(text.visitor).click();
        await page.getByRole('textbox').fill(uniqueName('Rosa'));
        await kiosk.button(text.continue).click();
        await expect(kiosk.heading(text.title)).toBeVisible();

        // The first screen: every group, the list and "Nothing today" without scrolling.
        await expect(kiosk.groupTile(text.discreet)).toBeVisible();
        await expect(kiosk.groupTile(text.caseManager)).toBeVisible();
        expect(await page.locator('.kiosk-group-tile').count()).toBe(8);
        expect(await outOfView(page, '.kiosk-group-tile')).toEqual([]);
        expect(await overflowing(page, '.kiosk-group-tile')).toEqual([]);
        expect(
          await outOfView(page, '.kiosk-needs__list, .kiosk-needs__send button, .kiosk-needs__nav button'),
        ).toEqual([]);
        await expect(kiosk.button(text.nothing)).toBeVisible();
        await checkScreen(page, `${screen} groups`);

        // Each group's page: every option and Send in view, then back to the groups.
        const groupNames = await page
          .locator('.kiosk-group-tile:not([aria-haspopup]) .kiosk-group-tile__name')
          .allTextContents();
        expect(groupNames).toHaveLength(7);
        for (const group of groupNames) {
          await kiosk.openGroup(group);
          if (group === text.clothing) await expect(kiosk.tile(coatName)).toBeVisible({ timeout: 20_000 });
          expect(await outOfView(page, '.kiosk-tile, .kiosk-tile button'), `${group}: options out of view`).toEqual([]);
          expect(await overflowing(page, '.kiosk-tile__toggle'), `${group}: words spill out`).toEqual([]);
          expect(await outOfView(page, '.kiosk-needs__send button, .kiosk-needs__nav button')).toEqual([]);
          if (group === text.caseManager) await checkScreen(page, `${screen} ${group}`);
          await kiosk.backToGroups().click();
          // Back where they left: on that group's tile.
          await expect(kiosk.groupTile(group)).toBeFocused();
        }

        // Choices from two groups (and this test's coat) are on the list, in the catalog's order.
        await kiosk.choose(text.blanket);
        await kiosk.choose(coatName, text.clothing);
        await kiosk.choose(text.dmv);
        await expect(kiosk.groupTile(text.caseManager)).toHaveCount(0); // still on the DMV's page
        await expect(kiosk.tile(text.dmv)).toHaveAttribute('aria-pressed', 'true');
        await expect(kiosk.yourList().getByRole('listitem')).toHaveText([coatName, text.blanket, text.dmv]);
        expect(await outOfView(page, '.kiosk-needs__send button')).toEqual([]);
        await checkScreen(page, `${screen} case manager, chosen`);
        await kiosk.backToGroups().click();
        await expect(kiosk.groupTile(text.caseManager)).toContainText('1');
        await expect(kiosk.groupTile(text.clothing)).toContainText('1');

        // The discreet supplies: a smaller modal dialog, Escape closes it and the focus comes back.
        await kiosk.openGroup(text.discreet);
        const dialog = kiosk.discreetDialog();
        expect(await dialog.evaluate((element) => (element as HTMLDialogElement).matches(':modal'))).toBe(true);
        await expect(dialog.getByRole('button', { name: text.naloxone, exact: true })).toBeVisible();
        const fontSize = (css: string) =>
          page
            .locator(css)
            .first()
            .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
        expect(await fontSize('dialog .kiosk-tile__name')).toBeLessThan(await fontSize('.kiosk-group-tile__name'));
        const dialogBox = await dialog.boundingBox();
        // Smaller than the screen it sits on: under half its area.
        expect((dialogBox?.width ?? Infinity) * (dialogBox?.height ?? Infinity)).toBeLessThan(
          (viewport.width * viewport.height) / 2,
        );
        await checkScreen(page, `${screen} discreet dialog`);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(kiosk.groupTile(text.discreet)).toBeFocused();

        // A tap choosing a supply closes the dialog; the list counts it without naming it.
        await kiosk.choose(text.naloxone);
        await expect(dialog).toBeHidden();
        await expect(kiosk.groupTile(text.discreet)).toBeFocused();
        await expect(kiosk.yourList().getByRole('listitem')).toHaveText([
          coatName,
          text.blanket,
          text.dmv,
          `${text.discreet} (1)`,
        ]);
        await expect(page.locator('main')).not.toContainText(text.naloxone);
        // Reopened, it shows what is chosen and a clear Done; a second kit (+) keeps it open until Done.
        await kiosk.openGroup(text.discreet);
        await dialog.getByRole('button', { name: text.oneMoreNaloxone }).click();
        await expect(dialog).toBeVisible();
        await dialog.getByRole('button', { name: text.done }).click();
        await expect(dialog).toBeHidden();
        await expect(kiosk.yourList()).toContainText(`${text.discreet} (2)`);

        // The ticket says the same, and the request itself holds the kits for staff.
        await kiosk.button(text.send).click();
        await expect(kiosk.ticket()).toBeVisible();
        const asked = page.locator('.kiosk-asked');
        await expect(asked).toContainText(`${text.discreet} (2)`);
        await expect(asked).toContainText(coatName);
        await expect(page.locator('main')).not.toContainText(text.naloxone);
        await expect
          .poll(async () => {
            const request = (await serverOps(server)).find(
              (op) =>
                op.type === 'request.created' &&
                (op.payload as RequestCreated).items.some((line) => line.itemId === coat.itemId),
            );
            return (request?.payload as RequestCreated | undefined)?.items;
          })
          .toEqual(
            expect.arrayContaining([
              { itemId: 'item_naloxone_kit', quantity: 2 },
              { itemId: 'item_blanket', quantity: 1 },
              { itemId: 'item_cm_dmv', quantity: 1 },
            ]),
          );
      });
    });
  }
}

test.describe('a crowded group page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('scrolls rather than letting a chosen tile’s − and + lie over the next tile', async ({
    page,
    ownServer: server,
  }) => {
    // Its own server: a dozen extra shelter items would crowd the other tests' pages.
    const crowd = [];
    for (let n = 0; n < 14; n += 1) {
      crowd.push(
        await addTrackedItem(server, `Tarp ${n}`, {
          quantity: 5,
          fields: { category: 'shelter', icon: 'tent', perVisitLimit: 3, position: 200 + n },
        }),
      );
    }
    const kiosk = await openPairedKiosk(page, server);
    await kiosk.button(TEXT.English.visitor).click();
    await page.getByRole('textbox').fill(uniqueName('Sol'));
    await kiosk.button(TEXT.English.continue).click();
    const [first, second] = crowd;
    if (!first || !second) throw new Error('no crowd');
    await kiosk.choose(first.name, 'Shelter and bedding');
    await kiosk.button(`One more: ${first.name}`).click();
    await kiosk.choose(second.name);
    await kiosk.button(`One more: ${second.name}`).click();
    await kiosk.button(`One more: ${second.name}`).click();

    expect(await overlappingTiles(page)).toEqual([]);
    expect(await overflowing(page, '.kiosk-tile'), 'a tile’s stepper spills out of it').toEqual([]);
    // Narrow tiles squeeze the − and + no smaller than a touch target.
    await expectTouchSized(page, 'a crowded group page');
    await expect(page.locator('.kiosk-tile.is-chosen output')).toHaveText(['2', '3']);
    // The last tile is reached by scrolling the grid, and takes a tap there.
    const last = crowd.at(-1);
    if (!last) throw new Error('no crowd');
    await kiosk.tile(last.name).click();
    await expect(kiosk.yourList().getByRole('listitem')).toHaveText([
      `${first.name} × 2`,
      `${second.name} × 3`,
      last.name,
    ]);
  });
});
