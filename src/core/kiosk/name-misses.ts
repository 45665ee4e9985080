/**
 * Name check-in rests after a few misses in a row, so nobody can stand at the kiosk trying names
 * and birthdays one after another. It outlives each person's visit to the screen on purpose.
 */

export const NAME_MISSES_BEFORE_PAUSE = 3;
export const NAME_PAUSE_MS = 30_000;

export interface NameMisses {
  /** A name check-in that did not end with someone checked in. */
  recordMiss(): void;
  /** Someone checked in by name: the count starts again. */
  recordSuccess(): void;
  /** When name check-in can be used again (ms since the epoch), or null when it is not resting. */
  pausedUntil(): number | null;
}

/** A miss counter on the clock `now` (ms since the epoch). A pause that has run out starts the count again. */
export function nameMissCounter(now: () => number): NameMisses {
  let misses = 0;
  let pausedUntil: number | null = null;
  const pauseOver = () => {
    if (pausedUntil !== null && now() >= pausedUntil) {
      pausedUntil = null;
      misses = 0;
    }
  };
  return {
    recordMiss() {
      pauseOver();
      // A miss while resting (a lookup that started just before) does not make the rest longer.
      if (pausedUntil !== null) return;
      misses += 1;
      if (misses >= NAME_MISSES_BEFORE_PAUSE) pausedUntil = now() + NAME_PAUSE_MS;
    },
    recordSuccess() {
      pauseOver();
      if (pausedUntil === null) misses = 0;
    },
    pausedUntil() {
      pauseOver();
      return pausedUntil;
    },
  };
}
