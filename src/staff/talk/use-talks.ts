/** The Talk list of the site being worked on as this device sees it, for the signed-in staff member, read again after every write and sync round. */
import { centerDay } from '../../core/day.js';
import { type Talks, talksOf } from '../../core/floor/talks.js';
import { currentLanguage } from '../../i18n/index.js';
import { appOpStore } from '../../sync/app-sync.js';
import { useNow } from '../../ui/use-now.js';
import { staffSession } from '../session.js';
import { workingSite } from '../site-choice.js';
import { type Loaded, useViews } from '../use-views.js';

export function useTalks(): Loaded<Talks> & { now: number; me: string | null } {
  const now = useNow(30_000);
  const day = centerDay(new Date(now));
  const language = currentLanguage.value;
  const state = staffSession.value;
  const me = state.status === 'signedIn' ? state.session.staff.id : null;
  const site = workingSite.value;
  const loaded = useViews(
    async () => talksOf(await (await appOpStore()).allViews(), day, language, me ?? '', site),
    `${day}:${language}:${me ?? ''}:${site}`,
  );
  return { ...loaded, now, me };
}
