/**
 * Which sites a staff member may act for: a box per site, none ticked for every site. Saved with
 * the account (PATCH sites); the server then refuses their changes for any other site.
 */
import { useState } from 'preact/hooks';
import type { StaffAccount } from '../../core/auth/api.js';
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import { updateStaff } from '../../sync/staff-api.js';
import { Alert } from '../../ui/Alert.js';
import { CheckField } from '../../ui/form/CheckField.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { describeSiteFailure } from '../sites/site-failures.js';
import { accountSites } from '../sites/site-scope.js';

export function AccountSitesForm({
  account,
  sites,
  onSaved,
  onCancel,
}: {
  account: StaffAccount;
  sites: readonly Site[];
  onSaved: (account: StaffAccount) => void;
  onCancel: () => void;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(account.sites));
  const form = useActionForm({
    act: () => updateStaff(account.id, { sites: accountSites(sites, ticked) }),
    describe: describeSiteFailure,
    done: onSaved,
  });
  const tick = (siteId: string, checked: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (checked) next.add(siteId);
      else next.delete(siteId);
      return next;
    });

  return (
    <form ref={form.form} class="form form--inline" onSubmit={form.submit} noValidate>
      <fieldset class="account-sites">
        <legend>{t.value('accounts.sites.legend', { name: account.displayName })}</legend>
        <p class="field__hint">{t.value('accounts.sites.hint')}</p>
        {sites.map((site) => (
          <CheckField
            key={site.id}
            label={site.name}
            checked={ticked.has(site.id)}
            onChecked={(checked) => tick(site.id, checked)}
          />
        ))}
      </fieldset>
      <Alert message={form.error} />
      <div class="button-row">
        <button type="submit" class="button button--primary" disabled={form.busy}>
          <CheckIcon />
          {t.value('accounts.sites.submit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.value('common.cancel')}
        </button>
      </div>
    </form>
  );
}
