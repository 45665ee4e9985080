/** The program's sites as this device's views hold them (the default site always among them). */
import { type View, viewKey } from '../../core/fold/views.js';
import { type Site, sitesOf } from '../../core/sites/sites.js';
import { appOpStore } from '../../sync/app-sync.js';

/** Every site: the default site first, then the others by name. */
export async function listSites(): Promise<Site[]> {
  const views = await (await appOpStore()).viewsOfKind('site');
  return sitesOf(new Map<string, View>(views.map((view) => [viewKey('site', view.id), view])));
}
