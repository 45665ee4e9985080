/**
 * Chimes and speaks each call that arrives while the display is open. The calls already there
 * when it starts are shown silently: a restart must not ring every number again.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CalledNumber } from '../core/floor/called-numbers.js';
import { watchVoices } from '../ui/speech.js';
import { announceCall } from './announce.js';

export function useAnnouncements(numbers: readonly CalledNumber[] | null): void {
  const heard = useRef<Set<string> | null>(null);
  useEffect(() => watchVoices(), []);
  useEffect(() => {
    if (!numbers) return;
    if (!heard.current) {
      heard.current = new Set(numbers.map((number) => number.callId));
      return;
    }
    const fresh = numbers.filter((number) => !heard.current?.has(number.callId));
    for (const number of fresh) heard.current.add(number.callId);
    // Several at once (after being offline): ring once, for the latest.
    const latest = fresh[0];
    if (latest) announceCall(latest.ticket);
  }, [numbers]);
}
