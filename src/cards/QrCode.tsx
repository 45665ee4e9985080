/**
 * A QR code as inline SVG (one path, no innerHTML, no inline styles), with a text alternative.
 * Imported only by staff screens and cards, so `qrcode` stays out of the kiosk's chunk.
 */
import { useMemo } from 'preact/hooks';
import { drawQr } from './qr-matrix.js';

export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { size, path } = useMemo(() => drawQr(text), [text]);
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
