/** issue 16 — HMIS: the export's query, shared by the server route and the admin panel. */

import { Day } from '../../ops/ids.js';
import { z } from '../../schema.js';

/** The longest range one export covers: a year (and a day, for a leap year). */
export const HMIS_MAX_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** `from` and `to` are center days, both included; a real date each, `from` not after `to`. */
export const HmisExportQuery = z
  .object({ from: Day, to: Day })
  .refine(
    (range) =>
      !Number.isNaN(Date.parse(`${range.from}T00:00:00Z`)) && !Number.isNaN(Date.parse(`${range.to}T00:00:00Z`)),
    'from and to must be real dates',
  )
  .refine((range) => range.from <= range.to, 'from must not be after to')
  .refine(
    (range) => daysBetween(range.from, range.to) < HMIS_MAX_DAYS,
    `a range must be at most ${HMIS_MAX_DAYS} days`,
  );
export type HmisExportQuery = z.infer<typeof HmisExportQuery>;

/** The path of the export for a range. */
export function hmisExportPath(range: HmisExportQuery): string {
  return `/api/exports/hmis.zip?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;
}
