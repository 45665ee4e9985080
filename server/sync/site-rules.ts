/**
 * Which site an op may name (issue 17, ADR 0019). A kiosk or lobby display writes for its own
 * site only; a staff member limited to some sites acts for those only; an op names a site that
 * exists. Participant and card ops belong to the program and are never refused for their site.
 */
import type { Device } from '../../src/core/auth/api.js';
import { isSiteOpType, type Op } from '../../src/core/ops/op.js';
import { isProgramOp } from '../../src/core/reports/sites.js';
import { DEFAULT_SITE_ID, siteOf } from '../../src/core/sites/site.js';
import { staffMayActFor } from '../sites/known-sites.js';
import type { Pusher } from '../storage/types.js';
import type { Refusal, RuleFacts } from './op-rules.js';

/** The site an op is about: a site op's own site, any other op's envelope site. */
function subjectSiteOf(op: Op): string {
  return op.type === 'site.created' || op.type === 'site.updated' ? op.payload.siteId : siteOf(op);
}

export function siteRefusalFor(facts: RuleFacts, op: Op, pusher: Pusher): Refusal | null {
  const site = subjectSiteOf(op);
  if (op.type !== 'site.created' && site !== DEFAULT_SITE_ID && !facts.siteExists(site)) {
    return { reason: 'unknown_site', message: 'This change names a site that does not exist.' };
  }
  if (isProgramOp(op) && !isSiteOpType(op.type)) return null;
  const madeOn: Device | undefined = op.deviceId === pusher.device?.id ? pusher.device : facts.device(op.deviceId);
  if (madeOn && madeOn.role !== 'staff' && !isSiteOpType(op.type) && siteOf(op) !== madeOn.site) {
    return { reason: 'site_mismatch', message: 'A kiosk or lobby display writes only for its own site.' };
  }
  const actor = op.actor === null ? undefined : facts.staff(op.actor);
  if (actor && !staffMayActFor(actor, site)) {
    return { reason: 'site_not_allowed', message: 'This staff member may not act for this site.' };
  }
  if (actor && op.type === 'site.created' && actor.sites.length > 0) {
    return { reason: 'site_not_allowed', message: 'Only an admin of every site can add a site.' };
  }
  return null;
}
