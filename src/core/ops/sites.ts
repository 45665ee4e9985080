/**
 * Site ops: a program runs one or more drop-in sites. A site's name, address and phone are
 * last-writer-wins each on their own, like item fields; only an admin creates or changes a site.
 */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { Id } from './ids.js';

export const SiteFields = z.object({
  /** What people call the site ("LEAD Hollywood"): on the kiosk, the cards and the reports. */
  name: lineText(80),
  address: lineText(200),
  phone: lineText(40),
});
export type SiteFields = z.infer<typeof SiteFields>;

export const SiteCreated = z.object({ siteId: Id, ...SiteFields.shape });
export type SiteCreated = z.infer<typeof SiteCreated>;

export const SiteUpdated = z.object({
  siteId: Id,
  changes: SiteFields.partial().refine((changes) => Object.keys(changes).length > 0, 'changes nothing'),
});
export type SiteUpdated = z.infer<typeof SiteUpdated>;
