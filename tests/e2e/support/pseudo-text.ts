/**
 * The pseudo-locale (en-XA) shows every message accented and bracketed, so English letters left on
 * screen are text that never went through a catalogue, unless they are data: names people typed,
 * item names from the catalog, the site's address, ticket codes, dates Intl wrote.
 */
import { expect, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What Intl writes in en-US (the pseudo-locale's format locale): months, weekdays, "at", AM/PM. */
const INTL_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|at|AM|PM)\b/g;

/**
 * Fails with each visible text node that still has English words once `data` (strings or
 * patterns) and Intl's words are taken out.
 */
export async function expectOnlyPseudoMessages(
  page: Page,
  screen: string,
  data: readonly (string | RegExp)[],
): Promise<void> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, noscript')) continue;
      if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
      found.push(text);
    }
    return found;
  });
  const patterns = [
    ...data.map((item) => (typeof item === 'string' ? new RegExp(escapeRegExp(item), 'g') : item)),
    INTL_WORDS,
  ];
  const untranslated = texts.filter((text) => {
    let rest = text;
    for (const pattern of patterns) rest = rest.replace(pattern, ' ');
    return /[A-Za-z]{2,}/.test(rest);
  });
  expect(untranslated, `${screen}: English text that is no message of the pseudo-locale`).toEqual([]);
}
