/** A screen that goes back to welcome by itself: the seconds left, counted from when it opened. */
import { useEffect, useState } from 'preact/hooks';
import { resetKiosk } from './flow.js';

/** Seconds left before the kiosk resets itself, or null when it waits (the idle reset covers it). */
export function useCloseAfter(seconds: number): number;
export function useCloseAfter(seconds: number | null): number | null;
export function useCloseAfter(seconds: number | null): number | null {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (seconds === null) return;
    // Counted from the clock, not by ticks, so a busy tablet still closes on time.
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = seconds - Math.floor((Date.now() - started) / 1000);
      if (remaining <= 0) resetKiosk();
      else setLeft(remaining);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}
