/**
 * The numbers the display shows, read from this device's call views again after every sync
 * round, and every few seconds so an old call leaves on time (core/floor/called-numbers.ts).
 * Only its own site's: ticket letters are unique within a site, so another site's A-1 is not ours.
 */
import { useEffect, useState } from 'preact/hooks';
import { centerDay } from '../core/day.js';
import { type CalledNumber, calledNumbers } from '../core/floor/called-numbers.js';
import { currentSite } from '../store/device-identity.js';
import { appOpStore, dataVersion } from '../sync/app-sync.js';
import { thisDevice } from '../sync/device-state.js';
import { useNow } from '../ui/use-now.js';

/** The shown numbers, latest call first; null until read once. */
export function useCalledNumbers(): readonly CalledNumber[] | null {
  const now = useNow(15_000);
  const version = dataVersion.value;
  // Pairing again at another site re-reads at once.
  const identity = thisDevice.value;
  const [numbers, setNumbers] = useState<readonly CalledNumber[] | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const [store, site] = await Promise.all([appOpStore(), currentSite()]);
      const calls = await store.viewsOfKind('call');
      if (current) setNumbers(calledNumbers(calls, centerDay(new Date(now)), now, site));
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [version, now, identity]);
  return numbers;
}
