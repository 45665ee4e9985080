/** The floor of the site being worked on as this device sees it, read again after every write and sync round, and each half minute (waiting times). */
import { centerDay } from '../../core/day.js';
import { type Floor, floorOf } from '../../core/floor/floor.js';
import type { WaitThresholds } from '../../core/floor/waiting.js';
import { settingsOf } from '../../core/fold/selectors.js';
import { currentLanguage } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { useNow } from '../../ui/use-now.js';
import { workingSite } from '../site-choice.js';
import { type Loaded, useViews } from '../use-views.js';

/** The floor, and when waiting times turn amber and red (a setting, so it comes with the views). */
export type FloorNow = Floor & { readonly waitThresholds: WaitThresholds };

export function useFloor(): Loaded<FloorNow> & { now: number } {
  const now = useNow(30_000);
  const day = centerDay(new Date(now));
  const language = currentLanguage.value;
  const site = workingSite.value;
  const loaded = useViews(async () => {
    const views = await (await appOpStore()).allViews();
    return { ...floorOf(views, day, language, site), waitThresholds: settingsOf(views, site).waitThresholds };
  }, `${day}:${language}:${site}`);
  return { ...loaded, now };
}
