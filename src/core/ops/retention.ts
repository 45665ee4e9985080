/**
 * Retention ops (issue 20): how many years visit and request details keep a link to a person
 * (an admin setting, program-wide), and the server's daily statement that links before a day are gone.
 */
import { z } from '../schema.js';
import { Day } from './ids.js';

/** At least a year (a funder's reporting year), at most ten; "never" is not offered (ADR 0023). */
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;
export const DEFAULT_RETENTION_YEARS = 3;

export const RetentionSet = z.object({
  years: z
    .number()
    .int('must be a whole number of years')
    .min(MIN_RETENTION_YEARS, `must be at least ${MIN_RETENTION_YEARS} year`)
    .max(MAX_RETENTION_YEARS, `must be at most ${MAX_RETENTION_YEARS} years`),
});
export type RetentionSet = z.infer<typeof RetentionSet>;

/**
 * Made by the server only: every link to a person on visit and request details of center days
 * before `before` was replaced; each device applies the same rule (core/retention) to its store.
 */
export const RetentionApplied = z.object({ before: Day });
export type RetentionApplied = z.infer<typeof RetentionApplied>;
