/**
 * Retention at the door (issue 20): a pushed op from before the cut-off is stored anonymised, as
 * the daily job would have left it (a resend of an op the job has since rewritten is a duplicate:
 * `storedAnswer` in push-batch.ts). Pure: each engine calls it inside its push transaction.
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
