/**
 * A camera frame of a card held up in front of the lens: the picture scaled, moved and turned
 * on a grey background, as grey levels (the luma a camera hands a QR decoder). Pure.
 */

/** A grey picture, one byte per pixel, rows top to bottom. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly luma: Uint8Array;
}

/** Where the card is in the frame. */
export interface Placement {
  /** How wide the card appears, as a share of the frame width (the card at arm's length). */
  readonly scale: number;
  /** The card's centre, as shares of the frame's width and height; the middle by default. */
  readonly centre?: { readonly x: number; readonly y: number };
  /** Clockwise turn of the card in degrees. */
  readonly rotation?: number;
}

/** The grey of the table behind the card: darker than the card, so its edges show. */
export const BACKGROUND = 150;

/** RGBA pixels (as pngjs reads them) to grey, with the Rec. 601 weights video uses. */
export function greyOf(width: number, height: number, rgba: Uint8Array): GreyImage {
  const luma = new Uint8Array(width * height);
  for (let i = 0; i < luma.length; i += 1) {
    luma[i] = Math.round(0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0));
  }
  return { width, height, luma };
}

/**
 * The frame's pixels: each is looked up in the card by turning it back around the card's centre
 * (nearest neighbour, which keeps the QR modules' edges sharp); the card may leave the frame.
 */
export function composeFrame(card: GreyImage, frame: { width: number; height: number }, at: Placement): GreyImage {
  const { width, height } = frame;
  const luma = new Uint8Array(width * height).fill(BACKGROUND);
  const pixelsPerCardPixel = (width * at.scale) / card.width;
  const centreX = width * (at.centre?.x ?? 0.5);
  const centreY = height * (at.centre?.y ?? 0.5);
  const turn = ((at.rotation ?? 0) * Math.PI) / 180;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // The pixel's centre relative to the card's centre, turned back by the card's rotation.
      const dx = x + 0.5 - centreX;
      const dy = y + 0.5 - centreY;
      const cardX = Math.floor((dx * cos + dy * sin) / pixelsPerCardPixel + card.width / 2);
      const cardY = Math.floor((-dx * sin + dy * cos) / pixelsPerCardPixel + card.height / 2);
      if (cardX >= 0 && cardX < card.width && cardY >= 0 && cardY < card.height) {
        luma[y * width + x] = card.luma[cardY * card.width + cardX] ?? BACKGROUND;
      }
    }
  }
  return { width, height, luma };
}

/**
 * A card a year in a pocket, as a camera sees it: faded ink on greyed paper, a crease across
 * it, softened by a little blur (a lens not quite in focus) and sensor noise. Seeded, so
 * every run shows the same card. Pure; returns a new frame.
 */
export function wearFrame(frame: GreyImage, seed = 1): GreyImage {
  const { width, height } = frame;
  const faded = new Uint8Array(width * height);
  // Ink fades to dark grey and paper yellows to light grey: the contrast falls by about 45%.
  for (let i = 0; i < faded.length; i += 1) faded[i] = 70 + Math.round(((frame.luma[i] ?? 0) * 135) / 255);
  // A crease from the top left to the bottom right: a pale band with a dark fold line in it.
  for (let y = 0; y < height; y += 1) {
    const foldX = Math.round((y / height) * width * 0.6 + width * 0.2);
    for (let dx = -3; dx <= 3; dx += 1) {
      const x = foldX + dx;
      if (x < 0 || x >= width) continue;
      const index = y * width + x;
      faded[index] = dx === 0 ? Math.max(0, (faded[index] ?? 0) - 40) : Math.min(255, (faded[index] ?? 0) + 25);
    }
  }
  const luma = new Uint8Array(width * height);
  let state = seed >>> 0 || 1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // A light 3×3 blur (the pixel weighs as much as its eight neighbours together), then
      // noise of ±12 grey levels (xorshift32).
      let total = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const weight = dx === 0 && dy === 0 ? 8 : 1;
          total += (faded[ny * width + nx] ?? 0) * weight;
          count += weight;
        }
      }
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const noise = ((state >>> 0) % 25) - 12;
      luma[y * width + x] = Math.max(0, Math.min(255, Math.round(total / count) + noise));
    }
  }
  return { width, height, luma };
}
