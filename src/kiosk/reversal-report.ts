/**
 * What a reversal report records (issue 16): the `overdose.reversalReported` op, naming the
 * participant only when they chose to add their name, and, when they want a replacement kit and
 * one can be asked for, the visit (or the one they already have) and a request for it, all in one
 * transaction, so the report and its kit reach staff together.
 */
import { centerDay } from '../core/day.js';
import { naloxoneKitTile } from '../core/kiosk/naloxone-kit.js';
import { needTiles } from '../core/kiosk/needs.js';
import type { OpDraft } from '../core/ops/op.js';
import { newRandomId } from '../store/op-ids.js';
import { recordChanges } from '../sync/app-sync.js';
import { confirmVisit, identifyVisitor } from './check-in.js';
import type { KioskStep, ReversalStep } from './flow.js';
import type { KioskData } from './useKioskData.js';

/** Saves the report from `step` with their answer about a kit; the step to show next. */
export async function reportReversal(step: ReversalStep, wantsKit: boolean, data: KioskData): Promise<KioskStep> {
  const pending = step.from?.visit ?? null;
  const day = pending?.day ?? centerDay(new Date());
  const participantId = step.named && pending?.who === 'participant' ? pending.participantId : null;
  const report: OpDraft = {
    type: 'overdose.reversalReported',
    payload: { reportId: `report_${newRandomId()}`, day, participantId, replacementAsked: wantsKit },
  };
  const kit = naloxoneKitTile(needTiles(data.items, data.onHand, pending?.asked ?? new Map()));
  if (!wantsKit || !kit || kit.max < 1) {
    const saved = await recordChanges([report], null);
    if (!saved.ok) return { step: 'problem' };
    return { step: 'reversalDone', kit: wantsKit ? 'seeStaff' : 'no', ticket: null, next: step.from };
  }
  // From welcome the kit needs a visit of its own: an anonymous visitor, as at the visitor tile.
  const visit = pending ?? identifyVisitor('');
  const line = { itemId: kit.item.id, quantity: 1 };
  const result = await confirmVisit(visit, [line], [report]);
  if (!result.ok) return { step: 'problem' };
  const { visitId, ticket } = result.visit;
  const asked = new Map(visit.asked).set(line.itemId, (visit.asked.get(line.itemId) ?? 0) + 1);
  // Back on the needs screen the visit is recorded: Send adds to it and keeps the number.
  const next = step.from && { ...step.from, visit: { ...visit, earlier: { visitId, ticket }, asked } };
  return { step: 'reversalDone', kit: 'coming', ticket, next };
}
