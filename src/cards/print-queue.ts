/**
 * Cards waiting to be printed. The token exists only here, in memory, between issuing a card and
 * printing it: devices and the server keep only its hash, so a card that was not printed is
 * simply reissued. Never put a token in a URL or in storage.
 */
import { signal } from '@preact/signals';

export interface PrintableCard {
  readonly participantId: string;
  readonly cardId: string;
  /** The QR payload, e.g. `LD1-...`. */
  readonly token: string;
  readonly preferredName: string;
  /** The participant's language when the app has it (labels on the card), else the staff's. */
  readonly language: string;
}

export const cardsToPrint = signal<readonly PrintableCard[]>([]);

/** Where the print sheet lives in the staff console. */
export const PRINT_CARDS_PATH = '/staff/cards/print';
