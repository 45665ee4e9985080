/**
 * Pictures for the kiosk's tiles (and the staff catalog's icon picker), by the catalog's `icon`
 * name, so people who read little can still find what they need. Simple strokes in the style of
 * the other icons; decorative only (every tile also has its name).
 */
import type { JSX } from 'preact';
import { Icon } from './icons.js';

const PATHS: Record<string, JSX.Element> = {
  meal: <path d="M4 11h16a8 8 0 0 1-16 0zM8 7c0-1 1-1 1-2M12 7c0-1 1-1 1-2M16 7c0-1 1-1 1-2M3 20h18" />,
  snack: <path d="M7 3h10l-1 18H8zM7 8h10M9 13h6" />,
  coffee: <path d="M4 8h12v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 10h2a2 2 0 0 1 0 4h-2M8 3v2M12 3v2" />,
  charging: <path d="M8 2h8v20H8zM13 7l-3 5h4l-3 5" />,
  wifi: <path d="M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5h.01" />,
  hygiene: <path d="M9 3h6v3H9zM7 6h10v4H7zM6 10h12v11H6zM10 14h4" />,
  clothing: <path d="M8 3l4 3 4-3 5 4-3 3-2-1v12H8V9l-2 1-3-3z" />,
  shoes: <path d="M3 9l5-1 3 4 6 2c3 1 4 2 4 4v1H3zM3 17h18" />,
  tent: <path d="M12 3L2 21h20zM12 3v18M9 21l3-6 3 6" />,
  blanket: <path d="M3 5h18v14H3zM3 10h18M3 15h18M8 5v14" />,
  naloxone: <path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6zM12 8v8M8 12h8" />,
  supplies: <path d="M3 8h18v12H3zM8 8V5h8v3M12 11v6M9 14h6" />,
  bandage: <path d="M4 14L14 4a3 3 0 0 1 6 6L10 20a3 3 0 0 1-6-6zM9 9l6 6M11 11h.01M13 13h.01" />,
  paw: (
    <path d="M8 14c-2 2-3 4-1 6s4-1 5-1 3 3 5 1 1-4-1-6-6-2-8 0zM6 10a1.5 2 0 1 0 0-.1zM10 6a1.5 2 0 1 0 0-.1zM14 6a1.5 2 0 1 0 0-.1zM18 10a1.5 2 0 1 0 0-.1z" />
  ),
  document: <path d="M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6" />,
  car: <path d="M3 16v-4l2-5h14l2 5v4zM3 16v3h3v-3M18 16v3h3v-3M7 13h.01M17 13h.01" />,
  benefits: <path d="M4 12l4-4 4 2 8-4M4 20h16M6 20v-5M11 20v-7M16 20v-9" />,
  house: <path d="M3 11l9-8 9 8M5 10v11h14V10M10 21v-6h4v6" />,
  medical: <path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z" />,
  bus: <path d="M5 4h14v13H5zM5 11h14M8 17v3M16 17v3M8 14h.01M16 14h.01" />,
  scale: <path d="M12 3v18M7 21h10M4 7h16M4 7l-2 6h4zM20 7l-2 6h4z" />,
  briefcase: <path d="M3 7h18v13H3zM8 7V4h8v3M3 12h18" />,
  family: <path d="M7 7a2 2 0 1 0 0-.1zM17 7a2 2 0 1 0 0-.1zM4 20v-6a3 3 0 0 1 6 0v6M14 20v-6a3 3 0 0 1 6 0v6" />,
  hormone: <path d="M10 3h4v4l4 12a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2l4-12zM8 14h8" />,
  health: <path d="M12 20s-8-4.5-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.5 12 20 12 20zM12 10v6M9 13h6" />,
  search: <path d="M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5L21 21" />,
  wave: <path d="M12 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM5 21v-2a7 7 0 0 1 14 0v2M19 3l2 2M20 8h2" />,
  book: <path d="M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-7a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h7z" />,
};

const FALLBACK = <path d="M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10" />;

export function ItemIcon({ name, size = 48 }: { name: string; size?: number }) {
  return <Icon size={size}>{PATHS[name] ?? FALLBACK}</Icon>;
}

/** Whether a catalog icon name has its own picture (the rest show a parcel). */
export function hasItemIcon(name: string): boolean {
  return name in PATHS;
}
