/**
 * Site fold: `site.created` writes every field at its stamp, `site.updated` the fields it
 * changes; each field is last-writer-wins on its own (clock, then op id), as item fields are.
 */
import { compareOps, type OpOf } from '../ops/op.js';
import type { SiteFields } from '../ops/sites.js';
import { writeRegisters } from './register.js';
import { originOf, type SiteView } from './views.js';

export type SiteOp = OpOf<'site.created' | 'site.updated'>;

export function emptySite(id: string): SiteView {
  return { kind: 'site', id, created: null, fields: {} };
}

/** The site view after `op`; any order of the same ops gives the same view. */
export function applySiteOp(current: SiteView | undefined, op: SiteOp): SiteView {
  const view = current ?? emptySite(op.payload.siteId);
  if (op.type === 'site.updated') {
    return { ...view, fields: writeRegisters<SiteFields>(view.fields, op.payload.changes, op) };
  }
  const { siteId: _siteId, ...fields } = op.payload;
  const created =
    view.created && compareOps({ at: view.created.at, id: view.created.opId }, op) <= 0 ? view.created : originOf(op);
  return { ...view, created, fields: writeRegisters<SiteFields>(view.fields, fields, op) };
}
