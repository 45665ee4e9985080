/**
 * The server's answers about sites in words (a pairing or an account change that names a site):
 * a site it does not know yet, or one the signed-in person may not act for.
 */
import type { ApiFailure } from '../../core/api.js';
import { t } from '../../i18n/index.js';
import { describeFailure } from '../../ui/describe-failure.js';

export function describeSiteFailure(failure: ApiFailure): string {
  if (failure.error === 'unknown_site') return t.value('sites.error.unknown');
  if (failure.error === 'site_not_allowed') return t.value('sites.error.notAllowed');
  return describeFailure(failure);
}
