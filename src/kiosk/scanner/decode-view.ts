/**
 * How the JavaScript decoder looks at each camera frame: at the camera's own pixels (a small card
 * far from the lens needs every one), and in turn straight or turned a little, because jsQR
 * misses some codes held at 15–30° that it reads once they are turned back (docs/adr/0010).
 */

/** jsQR takes ~9 ms for 640×480 and ~24 ms for 1280×720 here; 960 on the long side keeps it near 15. */
export const MAX_DECODE_SIDE = 960;

/** The turns (degrees) tried on successive frames; each frame costs one decode. */
export const TURNS = [0, 22.5, -22.5] as const;

/** The decode size for a `width`×`height` video frame: the same shape, the long side at most `maxSide`. */
export function decodeSize(
  width: number,
  height: number,
  maxSide = MAX_DECODE_SIDE,
): { width: number; height: number } {
  const shrink = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * shrink)), height: Math.max(1, Math.round(height * shrink)) };
}

/** The turn for the `attempt`-th frame read (0, 1, 2, …): straight first, then each way, again. */
export function turnFor(attempt: number): number {
  return TURNS[attempt % TURNS.length] ?? 0;
}
