/** The retention form (issue 20): a typed number of years read as one `settings.retentionSet`, or a problem. */
import { RetentionSet } from '../../core/ops/retention.js';

/** Whole years from 1 to 10; the op schema is the rule. */
export function parseRetentionYears(typed: string): RetentionSet | null {
  const years = /^\d{1,2}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;
  const parsed = RetentionSet.safeParse({ years });
  return parsed.success ? parsed.data : null;
}
