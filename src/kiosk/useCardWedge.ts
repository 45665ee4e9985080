/**
 * A USB or Bluetooth card scanner types the card payload and Enter; while `active`, such a burst
 * anywhere on the page is taken as a scanned card, without anyone tapping a field first. The
 * listener stays for the component's life and reads `active` as of the last render, so a scan
 * right after returning to welcome is not lost while effects catch up.
 */
import { useEffect, useRef } from 'preact/hooks';
import { KeyboardWedge } from './scanner/keyboard-wedge.js';

export function useCardWedge(active: boolean, onCard: (token: string) => void): void {
  const current = useRef({ active, onCard });
  current.current = { active, onCard };
  useEffect(() => {
    const wedge = new KeyboardWedge();
    const onKey = (event: KeyboardEvent) => {
      const token = wedge.feed(event.key, event.timeStamp);
      if (token && current.current.active) {
        event.preventDefault();
        current.current.onCard(token);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
