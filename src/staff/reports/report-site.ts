/**
 * The site the report page shows: every site (the program's report, the default) or one. A signal,
 * so each table's CSV link asks the server for the same figures the page shows.
 */
import { signal } from '@preact/signals';
import type { SiteFilter } from '../../core/sites/site.js';

export const reportSite = signal<SiteFilter>('all');
