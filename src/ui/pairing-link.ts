/**
 * The link a pairing QR code carries: the kiosk page with the code in the fragment, where the
 * pairing screen picks it up. A camera scan and a typed code end in the same form.
 */
import { fragmentParam } from './fragment.js';

/** The address a pairing QR code opens: a lobby display's code opens the display page. */
export function pairingLink(origin: string, code: string, role?: string): string {
  return `${origin}/${role === 'display' ? 'display' : 'kiosk'}#pair=${code}`;
}

/** The code in an address fragment `#pair=XXXX-XXXX`, or ''. */
export function pairingCodeFromHash(hash: string): string {
  return fragmentParam(hash, 'pair');
}
