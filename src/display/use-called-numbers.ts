/**
 * The numbers the display shows, read from this device's call views again after every sync
 * round, and every few seconds so an old call leaves on time (core/floor/called-numbers.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { centerDay } from '../core/day.js';
import { type CalledNumber, calledNumbers } from '../core/floor/called-numbers.js';
import { appOpStore, dataVersion } from '../sync/app-sync.js';
import { useNow } from '../ui/use-now.js';

/** The shown numbers, latest call first; null until read once. */
export function useCalledNumbers(): readonly CalledNumber[] | null {
  const now = useNow(15_000);
  const version = dataVersion.value;
  const [numbers, setNumbers] = useState<readonly CalledNumber[] | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const calls = await (await appOpStore()).viewsOfKind('call');
      if (current) setNumbers(calledNumbers(calls, centerDay(new Date(now)), now));
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [version, now]);
  return numbers;
}
