/**
 * "Sites" (admins): the program's drop-in sites with their name, address and phone, each one
 * editable, and a form to add a site. A new site starts with no items, stock or hours: choose it
 * in the header to set those up.
 */
import { useState } from 'preact/hooks';
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { MapPinIcon } from '../../ui/icons.js';
import { useViews } from '../use-views.js';
import { SiteForm } from './SiteForm.js';
import { addSite, updateSite } from './site-actions.js';
import { changedSiteFields, EMPTY_SITE_FORM, formFromSite } from './site-form.js';
import { listSites } from './site-queries.js';
import './sites.css';

export function SitesPage() {
  const loaded = useViews(listSites, 'sites');
  const sites = loaded.status === 'ready' ? loaded.value : [];
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A new key empties the add form after each site added.
  const [added, setAdded] = useState(0);
  const namesBesides = (siteId: string | null) => sites.filter((site) => site.id !== siteId).map((site) => site.name);

  return (
    <>
      <h1>{t.value('sites.title')}</h1>
      <p class="panel__lead">{t.value('sites.lead')}</p>
      <Notice message={notice} />
      <section class="panel" aria-labelledby="site-list-title">
        <h2 id="site-list-title">{t.value('sites.listTitle')}</h2>
        {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
        {loaded.status === 'failed' && <Alert message={t.value('sites.loadFailed')} />}
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site.id}>
              {editing === site.id ? (
                <SiteEditor
                  site={site}
                  otherNames={namesBesides(site.id)}
                  onDone={(said) => {
                    setEditing(null);
                    setNotice(said);
                  }}
                />
              ) : (
                <SiteSummary
                  site={site}
                  onEdit={() => {
                    setNotice(null);
                    setEditing(site.id);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="add-site-title">
        <h2 id="add-site-title">{t.value('sites.add.title')}</h2>
        <p class="panel__lead">{t.value('sites.add.lead')}</p>
        <SiteForm
          key={added}
          initial={EMPTY_SITE_FORM}
          otherNames={namesBesides(null)}
          submitLabel={t.value('sites.add.submit')}
          onSave={addSite}
          onSaved={(fields) => {
            setAdded((count) => count + 1);
            setNotice(t.value('sites.added', { name: fields.name }));
          }}
        />
      </section>
    </>
  );
}

function SiteSummary({ site, onEdit }: { site: Site; onEdit: () => void }) {
  return (
    <article aria-labelledby={`site-${site.id}`}>
      <h3 id={`site-${site.id}`}>{site.name}</h3>
      <dl class="facts">
        <dt>{t.value('sites.field.address')}</dt>
        <dd>{site.address}</dd>
        <dt>{t.value('sites.field.phone')}</dt>
        <dd>{site.phone}</dd>
      </dl>
      <button type="button" class="button" onClick={onEdit}>
        <MapPinIcon />
        {t.value('sites.edit')}
        <span class="visually-hidden"> {site.name}</span>
      </button>
    </article>
  );
}

function SiteEditor({
  site,
  otherNames,
  onDone,
}: {
  site: Site;
  otherNames: readonly string[];
  /** Closes the form, saying what happened (null: nothing to say, e.g. cancelled). */
  onDone: (said: string | null) => void;
}) {
  // The diff is taken against the site as it was when the form opened: a field changed on another
  // device meanwhile is left alone unless it was edited here.
  const [opened] = useState(site);
  return (
    <section aria-labelledby={`edit-site-${site.id}`}>
      <h3 id={`edit-site-${site.id}`}>{t.value('sites.edit.title', { name: site.name })}</h3>
      <SiteForm
        initial={formFromSite(opened)}
        otherNames={otherNames}
        submitLabel={t.value('sites.edit.submit')}
        onSave={(fields) => updateSite(site.id, changedSiteFields(opened, fields))}
        onSaved={(fields) =>
          onDone(
            Object.keys(changedSiteFields(opened, fields)).length === 0
              ? t.value('sites.unchanged')
              : t.value('sites.saved', { name: fields.name }),
          )
        }
        onCancel={() => onDone(null)}
      />
    </section>
  );
}
