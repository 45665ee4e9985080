/**
 * A QR code as an SVG path: one `h`-run per horizontal stretch of dark modules, offset by the
 * 4-module quiet zone the QR standard asks for. Pure, so it is tested without a DOM.
 */
import { create, type QrErrorCorrectionLevel } from 'qrcode/lib/core/qrcode.js';

export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** SVG path data drawing every dark module as a unit square. */
  readonly path: string;
}

/** Draws `text` as a QR code (error correction M by default: survives some wear and glare). */
export function drawQr(text: string, errorCorrectionLevel: QrErrorCorrectionLevel = 'M'): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
