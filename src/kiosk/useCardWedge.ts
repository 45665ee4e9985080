/**
 * A USB or Bluetooth card scanner types the card payload and Enter; while `active`, such a burst
 * anywhere on the page is taken as a scanned card, without anyone tapping a field first.
 */
import { useEffect } from 'preact/hooks';
import { KeyboardWedge } from './scanner/keyboard-wedge.js';

export function useCardWedge(active: boolean, onCard: (token: string) => void): void {
  useEffect(() => {
    if (!active) return;
    const wedge = new KeyboardWedge();
    const onKey = (event: KeyboardEvent) => {
      const token = wedge.feed(event.key, event.timeStamp);
      if (token) {
        event.preventDefault();
        onCard(token);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active, onCard]);
}
