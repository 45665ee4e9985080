/**
 * Retention at the door (issue 20): a pushed op from before the cut-off is stored anonymised, as
 * the daily job would have left it, and a device resending an op the job has since rewritten
 * gets "duplicate", not a conflict. Pure: each engine calls it inside its push transaction.
 */
import type { SettingsView, View } from '../../src/core/fold/views.js';
import type { Op } from '../../src/core/ops/op.js';
import { anonymiseOp, retentionCutoff, retentionYearsOf } from '../../src/core/retention/anonymise.js';

/** The first center day whose links are kept, from the default site's settings view. */
export function ingestCutoff(settings: View | undefined, now: Date): string {
  return retentionCutoff(now, retentionYearsOf(settings?.kind === 'settings' ? (settings as SettingsView) : undefined));
}

/** The op as it is stored, and its stored text. */
export function storedFormOf(op: Op, before: string): { readonly op: Op; readonly body: string } {
  const stored = anonymiseOp(op, before);
  return { op: stored, body: JSON.stringify(stored) };
}

/** Whether `existingBody` (as stored, maybe before the job ran) is the same op as `body`, both under the rule. */
export function isSameStoredOp(existingBody: string, body: string, before: string): boolean {
  if (existingBody === body) return true;
  return JSON.stringify(anonymiseOp(JSON.parse(existingBody) as Op, before)) === body;
}
