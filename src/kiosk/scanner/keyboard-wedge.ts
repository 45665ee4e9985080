/**
 * USB and Bluetooth barcode scanners act as keyboards: they type the card payload very fast and
 * press Enter. This tells such a burst apart from a person typing, so the welcome screen can
 * check someone in from a scanner without anyone tapping first. Pure; fed with key events.
 */
import { normaliseCardToken } from '../../core/cards/card-token-text.js';

/** A scanner types a character every few ms; a person rarely types two within 50 ms. */
export const MAX_GAP_MS = 50;

export class KeyboardWedge {
  private buffer = '';
  private last = Number.NEGATIVE_INFINITY;

  /**
   * Feeds one key (`KeyboardEvent.key`) pressed at `at` ms. Returns the card token when Enter
   * ends a fast burst that reads as one of our cards, else null.
   */
  feed(key: string, at: number): string | null {
    const gap = at - this.last;
    this.last = at;
    if (key === 'Enter') {
      const typed = this.buffer;
      this.buffer = '';
      return gap <= MAX_GAP_MS ? normaliseCardToken(typed) : null;
    }
    if (key.length !== 1) return null;
    // A slow key starts a new burst: what a person typed before is not part of a scan.
    this.buffer = gap <= MAX_GAP_MS ? this.buffer + key : key;
    if (this.buffer.length > 64) this.buffer = this.buffer.slice(-64);
    return null;
  }
}
