/** Calendar days at the center: "today" means today in Los Angeles, whatever the device's zone. */
import { CENTER } from './center.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The center's calendar day (YYYY-MM-DD) at `date`. */
export function centerDay(date: Date, timeZone: string = CENTER.timeZone): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(date);
}
