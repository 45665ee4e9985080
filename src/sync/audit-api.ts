/** The activity (audit) log for admins, newest first, a page at a time. */
import { AuditPage } from '../core/auth/api.js';
import { apiRequest } from './http.js';

export const AUDIT_PAGE_SIZE = 50;

/** One page of entries older than `before` (the previous page's `nextBefore`), or the newest page. */
export function listAudit(before?: number | null) {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before) query.set('before', String(before));
  return apiRequest('GET', `/api/audit?${query}`, { schema: AuditPage });
}
