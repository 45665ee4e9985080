/**
 * The report's site: "All sites" (the program's report) or one site's figures. Shown only when
 * the program has more than one site.
 */
import type { SiteFilter } from '../../core/sites/site.js';
import { t } from '../../i18n/index.js';
import { SelectField } from '../../ui/form/SelectField.js';
import { listSites } from '../sites/site-queries.js';
import { useViews } from '../use-views.js';

export function ReportSitePicker({ site, onChange }: { site: SiteFilter; onChange: (site: SiteFilter) => void }) {
  const loaded = useViews(listSites, 'sites');
  const sites = loaded.status === 'ready' ? loaded.value : [];
  if (sites.length < 2) return null;
  return (
    <SelectField
      class="report-site-picker"
      label={t.value('reports.site.label')}
      hint={t.value('reports.site.hint')}
      value={site}
      onValue={onChange}
    >
      <option value="all">{t.value('reports.site.all')}</option>
      {sites.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
