/**
 * Keeps the display to today's calls: purges at start and every 5 minutes, so a screen left on
 * overnight forgets yesterday's numbers at the day change, with or without a network.
 */
import { useEffect } from 'preact/hooks';
import { openDropinDb } from '../store/db.js';
import { purgeDisplayHistory } from '../store/display-retention.js';
import { dataVersion } from '../sync/app-sync.js';

const PURGE_EVERY_MS = 5 * 60_000;

export function useDisplayPurge(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const run = () =>
      void openDropinDb()
        .then((db) => purgeDisplayHistory(db, Date.now()))
        .then(() => {
          dataVersion.value += 1;
        })
        .catch(() => undefined);
    run();
    const timer = setInterval(run, PURGE_EVERY_MS);
    return () => clearInterval(timer);
  }, [enabled]);
}
