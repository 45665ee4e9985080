/**
 * "Site" in the console header: which of the program's sites the floor, the stock and the catalog
 * show and new changes are for. It keeps the sites the signed-in person may act for up to date
 * (`siteOptions`), and shows a choice only when there is more than one.
 */
import { useEffect, useId } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { chooseSite, siteOptions, workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { listSites } from './site-queries.js';
import { sitesToWorkOn } from './site-scope.js';
import './sites.css';

export function SitePicker({ allowed }: { allowed: readonly string[] }) {
  const id = useId();
  const loaded = useViews(listSites, 'sites');
  const sites = loaded.status === 'ready' ? sitesToWorkOn(loaded.value, allowed) : null;
  // One key for the list (ids and names), so the signal changes only when the choices do.
  const shown = sites?.map((site) => `${site.id}=${site.name}`).join('\n') ?? null;
  useEffect(() => {
    siteOptions.value = sites;
  }, [shown]);
  useEffect(
    () => () => {
      siteOptions.value = null;
    },
    [],
  );
  if (!sites || sites.length < 2) return null;
  return (
    <div class="site-picker">
      <label for={id}>{t.value('sites.picker.label')}</label>
      <select id={id} value={workingSite.value} onChange={(event) => chooseSite(event.currentTarget.value)}>
        {sites.map((site) => (
          <option key={site.id} value={site.id}>
            {site.name}
          </option>
        ))}
      </select>
    </div>
  );
}
