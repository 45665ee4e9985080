/** issue 16 — HMIS: dates as the CSV specification writes them, in the center's time zone. */
import { CENTER } from '../../center.js';
import { centerDay } from '../../day.js';
import { stampTime } from '../../ops/clock.js';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: CENTER.timeZone,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD HH:MM:SS" at the center, the CSV specification's date-time format. */
export function hmisDateTime(date: Date): string {
  return `${centerDay(date)} ${timeFormat.format(date)}`;
}

/** An op's clock stamp as an HMIS date-time. */
export function hmisStampTime(stamp: string): string {
  return hmisDateTime(new Date(stampTime(stamp)));
}

/** An op's clock stamp as the center's day (YYYY-MM-DD). */
export function hmisStampDay(stamp: string): string {
  return centerDay(new Date(stampTime(stamp)));
}
