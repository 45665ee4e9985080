/**
 * What a reader of any script must be able to see: no text cut off by its box or pushed past the
 * screen's edge, and no character drawn as a "tofu" box because no installed font has it.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A code point no font has a glyph for: how the browser draws a missing character. */
const NO_GLYPH = '\u{10FFFD}';

interface Clipped {
  readonly text: string;
  readonly why: string;
}

/**
 * Fails with each visible element whose text overflows a box that hides overflow (or ends in an
 * ellipsis), and each piece of text that sticks out of the viewport sideways. Within `scope`
 * (a locator) when given, else the whole page.
 */
export async function expectNothingClipped(page: Page, screen: string, scope?: Locator): Promise<void> {
  const root = scope ? await scope.elementHandle() : null;
  const clipped = await page.evaluate((within: Element | null): Clipped[] => {
    const found: Clipped[] = [];
    const viewportWidth = document.documentElement.clientWidth;
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && element.getClientRects().length > 0 && style.opacity !== '0';
    };
    const label = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    // A screen-reader-only text (1 px box, clipped on purpose) is not shown to anyone.
    const visuallyHidden = (element: HTMLElement) => element.clientWidth <= 2 || element.clientHeight <= 2;
    const insideVisuallyHidden = (element: HTMLElement) => {
      for (let at: HTMLElement | null = element; at; at = at.parentElement)
        if (getComputedStyle(at).clip !== 'auto' || (visuallyHidden(at) && getComputedStyle(at).overflow !== 'visible'))
          return true;
      return false;
    };
    const base = within ?? document.body;
    for (const element of [base, ...base.querySelectorAll('*')] as HTMLElement[]) {
      if (!visible(element) || !label(element)) continue;
      if (element instanceof SVGElement || element.closest('svg')) continue;
      const style = getComputedStyle(element);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      const ellipsis = style.textOverflow === 'ellipsis';
      if (!visuallyHidden(element)) {
        const size = `${element.clientWidth}×${element.clientHeight} px showing ${element.scrollWidth}×${element.scrollHeight}`;
        if ((hides(style.overflowX) || ellipsis) && element.scrollWidth > element.clientWidth + 1)
          found.push({ text: label(element), why: `cut off at the side (${size})` });
        else if (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
          found.push({ text: label(element), why: `cut off at the bottom (${size})` });
      }
      if (insideVisuallyHidden(element)) continue;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < -1 || box.right > viewportWidth + 1)
          found.push({
            text: node.textContent.trim().slice(0, 80),
            why: `outside the screen (${Math.round(box.left)}–${Math.round(box.right)} px of ${viewportWidth})`,
          });
      }
    }
    return found;
  }, root);
  expect(clipped, `${screen}: text cut off`).toEqual([]);
}

/**
 * Fails with each distinct character of the visible text (and of inputs' values and
 * placeholders) that no installed font can draw: drawn on a canvas in the computed font of an
 * element showing it, its pixels equal the same font's drawing of a code point with no glyph
 * anywhere. `checked`: characters already found drawable in a font (kept across screens).
 */
export async function expectNoMissingGlyphs(
  page: Page,
  screen: string,
  options: { readonly scope?: Locator; readonly checked?: Set<string> } = {},
): Promise<void> {
  const root = options.scope ? await options.scope.elementHandle() : null;
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const known = [...(options.checked ?? [])];
  const { missing, drawable } = await page.evaluate(
    ([within, noGlyph, already]) => {
      const skip = new Set(already);
      const fontOf = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      };
      // Each character with the first font it is shown in.
      const uses = new Map<string, string>();
      const note = (text: string, element: Element) => {
        const font = fontOf(element);
        for (const character of text) {
          if (/\s/u.test(character)) continue;
          const key = `${character}\u0000${font}`;
          if (!skip.has(key) && !uses.has(key)) uses.set(key, font);
        }
      };
      const base = within ?? document.body;
      const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('script, style, noscript')) continue;
        if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
        note(node.textContent, parent);
      }
      for (const input of base.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
        if (input.getClientRects().length === 0) continue;
        note(`${input.value}${input.placeholder}`, input);
      }
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no canvas');
      const draw = (character: string, font: string) => {
        context.font = font;
        const size = Math.ceil(Number.parseFloat(font.split(' ')[2] ?? '16') * 2) + 8;
        canvas.width = size * 2;
        canvas.height = size;
        context.font = font;
        context.textBaseline = 'middle';
        context.fillStyle = '#000';
        context.fillText(character, 4, size / 2);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const tofu = new Map<string, Uint8ClampedArray>();
      const missingCharacters: { character: string; codePoint: string; font: string }[] = [];
      const drawableKeys: string[] = [];
      for (const [key, font] of uses) {
        const character = key.split('\u0000')[0] ?? '';
        let reference = tofu.get(font);
        if (!reference) {
          reference = draw(noGlyph, font);
          tofu.set(font, reference);
        }
        const pixels = draw(character, font);
        const same = pixels.length === reference.length && pixels.every((value, index) => value === reference[index]);
        if (same)
          missingCharacters.push({
            character,
            codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
            font,
          });
        else drawableKeys.push(key);
      }
      return { missing: missingCharacters, drawable: drawableKeys };
    },
    [root, NO_GLYPH, known] as const,
  );
  for (const key of drawable) options.checked?.add(key);
  expect(missing, `${screen}: characters no font can draw`).toEqual([]);
}
