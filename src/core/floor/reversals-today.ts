/**
 * Today's count of overdose reversals reported at the kiosks: the op changes no view, so the
 * count comes straight from the ops a staff device holds. Pure, for Today and for tests.
 */
import type { Op } from '../ops/op.js';

/** How many distinct reports (by report id, so a redelivered op counts once) name `day`. */
export function reversalsReportedOn(ops: Iterable<Op>, day: string): number {
  const reports = new Set<string>();
  for (const op of ops) {
    if (op.type === 'overdose.reversalReported' && op.payload.day === day) reports.add(op.payload.reportId);
  }
  return reports.size;
}
