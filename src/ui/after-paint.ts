/**
 * Work that can wait until a screen is up: `afterFirstPaint` runs it once the browser has painted
 * the current frame, the screen has had `SETTLE_MS` to itself and the browser has a moment to
 * spare, so code and data the screen does not show load beside it rather than before it. Work a
 * tap needs sooner loads on the tap.
 */

/**
 * How long a freshly painted screen has to itself before background loading starts: a beat for
 * its pictures and first layout. Short, because what waits behind it (sync, the device check)
 * should start almost at once.
 */
export const SETTLE_MS = 100;

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

/** Runs `work` after the next paint and `SETTLE_MS`, in idle time (at most `timeoutMs` later). */
export function afterFirstPaint(work: () => void, timeoutMs = 1000): void {
  const idle = () => {
    const host = globalThis as IdleWindow;
    if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback(work, { timeout: timeoutMs });
    else work();
  };
  // A frame callback runs before its paint; a task queued from it runs after.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(idle, SETTLE_MS));
  else setTimeout(idle, SETTLE_MS);
}
