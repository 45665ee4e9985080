/**
 * Opening hours as one short line (printed cards, the kiosk's closed screen, the staff hours
 * panel), in a given language: days that share the same times are grouped, e.g. "Mon, Wed, Fri 11 AM–4 PM" or "lun, mié, vie 11 a. m.–4 p. m." (Los Angeles Spanish).
 */
import type { OpeningSlotValue } from '../core/ops/catalog.js';
import { calendarNamesFor, clock24, formatLocaleOf, weekdayName } from '../i18n/index.js';

function time(hhmm: string, language: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  if (calendarNamesFor(language)) return clock24(hours, minutes);
  const at = new Date(Date.UTC(2026, 0, 1, hours, minutes));
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
      const dayList = [...new Set(days)].map((day) => weekdayName(language, day, 'short')).join(', ');
      return `${dayList} ${time(opens, language)}–${time(closes, language)}`;
    })
    .join('; ');
}
