/**
 * The pseudo-locale's messages, made from English: every letter accented, each message about 40%
 * longer and bracketed, placeholders and plural/select structure untouched. A screen in it shows
 * text that does not fit, and any English left unbracketed never went through a catalogue.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const GROWTH = 0.4;
const FILLER = 'ōñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ';

type Element = MessageFormatElement;

/** A whole catalogue in the pseudo-locale. */
export function pseudoCatalogue(english: Readonly<Record<string, readonly Element[]>>): Record<string, Element[]> {
  return Object.fromEntries(Object.entries(english).map(([key, message]) => [key, pseudoMessage(message)]));
}

/** One message: accented, bracketed and padded to about 140% of its visible length. */
export function pseudoMessage(message: readonly Element[]): Element[] {
  const accented = message.map(accentElement);
  const padding = FILLER.slice(0, Math.ceil(visibleLength(message) * GROWTH)).trimEnd();
  return [literal('['), ...accented, literal(padding ? ` ${padding}]` : ']')];
}

function accentElement(element: Element): Element {
  // TYPE.literal = 0, select = 5, plural = 6, tag = 8 (numbers keep the parser a build-time tool).
  if (element.type === 0) return { ...element, value: accent(element.value) };
  if (element.type === 5 || element.type === 6) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([key, option]) => [
        key,
        { ...option, value: option.value.map(accentElement) },
      ]),
    );
    return { ...element, options } as Element;
  }
  if (element.type === 8) return { ...element, children: element.children.map(accentElement) };
  return element;
}

function accent(text: string): string {
  return text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);
}

function literal(value: string): Element {
  return { type: 0, value } as Element;
}

/** Roughly how many characters a message shows: its text, and a placeholder as a short word. */
function visibleLength(message: readonly Element[]): number {
  let length = 0;
  for (const element of message) {
    if (element.type === 0) length += element.value.length;
    else if (element.type === 5 || element.type === 6) {
      length += Math.max(0, ...Object.values(element.options).map((option) => visibleLength(option.value)));
    } else if (element.type === 8) length += visibleLength(element.children);
    else length += 4;
  }
  return length;
}
