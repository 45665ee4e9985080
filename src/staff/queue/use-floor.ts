/** The floor as this device sees it, read again after every write and sync round, and each half minute (waiting times). */
import { centerDay } from '../../core/day.js';
import { type Floor, floorOf } from '../../core/floor/floor.js';
import { currentLanguage } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { useNow } from '../../ui/use-now.js';
import { type Loaded, useViews } from '../use-views.js';

export function useFloor(): Loaded<Floor> & { now: number } {
  const now = useNow(30_000);
  const day = centerDay(new Date(now));
  const language = currentLanguage.value;
  const loaded = useViews(
    async () => floorOf(await (await appOpStore()).allViews(), day, language),
    `${day}:${language}`,
  );
  return { ...loaded, now };
}
