/**
 * A QR code as inline SVG (one path, no innerHTML, no inline styles), with a text alternative.
 * Imported only by staff screens and cards, so `qrcode` stays out of the kiosk's chunk.
 */
import { useMemo } from 'preact/hooks';
import type { QrErrorCorrectionLevel } from 'qrcode/lib/core/qrcode.js';
import { drawQr } from './qr-matrix.js';
import './QrCode.css';

export function QrCode({
  text,
  label,
  class: className,
  errorCorrectionLevel = 'M',
}: {
  text: string;
  label: string;
  class?: string;
  /** M by default; member cards use Q, which still reads with a quarter of the code creased or worn. */
  errorCorrectionLevel?: QrErrorCorrectionLevel;
}) {
  const { size, path } = useMemo(() => drawQr(text, errorCorrectionLevel), [text, errorCorrectionLevel]);
  return (
    <svg
      class={`qr-code${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
