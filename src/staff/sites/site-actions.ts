/**
 * What admins do to the program's sites, as ops recorded on this device (offline too) by the
 * signed-in staff member. Each op is the site's own (its envelope names the site it is about).
 */
import type { SiteFields } from '../../core/ops/sites.js';
import { newRandomId } from '../../store/op-ids.js';
import { type ActionResult, recordAsStaff } from '../staff-actions.js';

/** Adds a site with a new id; its catalog, stock and hours start empty. */
export async function addSite(fields: SiteFields): Promise<ActionResult<{ siteId: string }>> {
  const siteId = `site_${newRandomId()}`;
  const result = await recordAsStaff([{ type: 'site.created', payload: { siteId, ...fields } }], siteId);
  return result.ok ? { ok: true, value: { siteId } } : result;
}

/** Records only `changes` (each field: the latest change wins across devices); nothing when there are none. */
export async function updateSite(siteId: string, changes: Partial<SiteFields>): Promise<ActionResult<null>> {
  if (Object.keys(changes).length === 0) return { ok: true, value: null };
  const result = await recordAsStaff([{ type: 'site.updated', payload: { siteId, changes } }], siteId);
  return result.ok ? { ok: true, value: null } : result;
}
