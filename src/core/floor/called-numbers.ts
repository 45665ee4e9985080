/**
 * What the lobby display shows: today's called numbers, latest call first, a few of them. A
 * number called again moves to the top; "no answer" takes it off; a call leaves after a while
 * (the display never learns whether a request was handled: its feed carries no requests).
 */
import { callStateOf } from '../fold/calls.js';
import type { CallView, View } from '../fold/views.js';
import { parseStamp } from '../ops/clock.js';
import { inSite, type SiteFilter } from '../sites/site.js';

/** How many numbers the display shows at once. */
export const CALLED_SHOWN = 5;
/** How long a called number stays on the display after its latest call. */
export const CALL_SHOWN_FOR_MS = 20 * 60 * 1000;

export interface CalledNumber {
  readonly requestId: string;
  readonly ticket: string;
  /** The latest call's op id: it changes when the number is called again (chime, speech). */
  readonly callId: string;
  /** Wall-clock time of the latest call (ms). */
  readonly at: number;
}

/**
 * The numbers to show on `day` at `now` (ms), latest call first (ties by op id). Ticket letters
 * are unique only within a site, so a display shows its own site's calls (`'all'`: every call).
 */
export function calledNumbers(
  views: Iterable<View>,
  day: string,
  now: number,
  site: SiteFilter = 'all',
): CalledNumber[] {
  const shown: (CalledNumber & { readonly stamp: string })[] = [];
  for (const view of views) {
    if (view.kind !== 'call' || !inSite(view, site)) continue;
    const entry = shownEntry(view, day, now);
    if (entry) shown.push(entry);
  }
  shown.sort((a, b) => (a.stamp === b.stamp ? (a.callId < b.callId ? 1 : -1) : a.stamp < b.stamp ? 1 : -1));
  return shown.slice(0, CALLED_SHOWN).map(({ stamp: _stamp, ...entry }) => entry);
}

function shownEntry(view: CallView, day: string, now: number) {
  const { lastCall, ticket } = view;
  if (!lastCall || !ticket || view.day !== day || callStateOf(view) !== 'called') return null;
  const at = parseStamp(lastCall.at)?.wall ?? 0;
  if (now - at > CALL_SHOWN_FOR_MS) return null;
  return { requestId: view.requestId, ticket, callId: lastCall.opId, at, stamp: lastCall.at };
}
