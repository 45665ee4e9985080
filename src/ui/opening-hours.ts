/**
 * Opening hours as one short line (printed cards, the kiosk's closed screen, the staff hours
 * panel), in a given language: days that share the same times are grouped, e.g. "Mon, Wed, Fri 11 AM–4 PM" or "lun, mié, vie 11 a. m.–4 p. m." (Los Angeles Spanish).
 */
import type { OpeningSlotValue } from '../core/ops/catalog.js';
import { formatLocaleOf } from '../i18n/index.js';

// 2026-11-29 is a Sunday: adding `weekday` days gives that weekday (UTC, so no zone shifts it).
const SUNDAY = Date.UTC(2026, 10, 29);

function weekdayName(weekday: number, language: string): string {
  const name = new Intl.DateTimeFormat(formatLocaleOf(language), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(SUNDAY + weekday * 86_400_000),
  );
  return name.replace(/\.$/, '');
}

function time(hhmm: string, language: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const at = new Date(Date.UTC(2026, 0, 1, hours ?? 0, minutes ?? 0));
  const locale = formatLocaleOf(language);
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    ...(minutes !== 0 || !twelveHour ? { minute: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(at);
}

export function formatHours(hours: readonly OpeningSlotValue[], language: string): string {
  const groups = new Map<string, number[]>();
  for (const slot of [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    const key = `${slot.opens}-${slot.closes}`;
    groups.set(key, [...(groups.get(key) ?? []), slot.weekday]);
  }
  return [...groups]
    .map(([key, days]) => {
      const [opens = '', closes = ''] = key.split('-');
      const dayList = [...new Set(days)].map((day) => weekdayName(day, language)).join(', ');
      return `${dayList} ${time(opens, language)}–${time(closes, language)}`;
    })
    .join('; ');
}
