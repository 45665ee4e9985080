/**
 * The add / edit site form as plain strings, and the way between it and `SiteFields`: checked by
 * the shared schema (each problem a message key on its field), a name no other site has, and for
 * edits only what changed.
 */
import { SiteFields } from '../../core/ops/sites.js';
import { cleanLine } from '../../core/text.js';
import type { MessageKey } from '../../i18n/index.js';

export interface SiteFormValues {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
}

export type SiteFormField = keyof SiteFormValues;
export type SiteProblems = Partial<Record<SiteFormField, MessageKey>>;
export type ParsedSite = { ok: true; fields: SiteFields } | { ok: false; problems: SiteProblems };

export const EMPTY_SITE_FORM: SiteFormValues = { name: '', address: '', phone: '' };

const FIELDS: readonly SiteFormField[] = ['name', 'address', 'phone'];

const MISSING: Record<SiteFormField, MessageKey> = {
  name: 'sites.problem.nameMissing',
  address: 'sites.problem.addressMissing',
  phone: 'sites.problem.phoneMissing',
};
const TOO_LONG: Record<SiteFormField, MessageKey> = {
  name: 'sites.problem.nameTooLong',
  address: 'sites.problem.addressTooLong',
  phone: 'sites.problem.phoneTooLong',
};

/** How names are compared: two sites called "LEAD  hollywood" and "LEAD Hollywood" would be confused. */
function sameName(a: string, b: string): boolean {
  return (
    cleanLine(a).replace(/\s+/g, ' ').toLocaleLowerCase('en') ===
    cleanLine(b).replace(/\s+/g, ' ').toLocaleLowerCase('en')
  );
}

/**
 * The form as site fields (typed text cleaned first, see `cleanLine`), or its problems.
 * `otherNames`: the names of the other sites, which this one may not take.
 */
export function parseSiteForm(values: SiteFormValues, otherNames: readonly string[] = []): ParsedSite {
  const draft = { name: cleanLine(values.name), address: cleanLine(values.address), phone: cleanLine(values.phone) };
  const problems: SiteProblems = {};
  const parsed = SiteFields.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SiteFormField | undefined;
      if (!field || problems[field]) continue;
      problems[field] = issue.code === 'too_big' ? TOO_LONG[field] : MISSING[field];
    }
  }
  if (!problems.name && otherNames.some((name) => sameName(name, draft.name))) {
    problems.name = 'sites.problem.nameTaken';
  }
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, fields: parsed.data };
  return { ok: false, problems };
}

/** A saved site back in the form, for editing. */
export function formFromSite(site: SiteFields): SiteFormValues {
  return { name: site.name, address: site.address, phone: site.phone };
}

/**
 * Only the fields that differ, so an edit does not overwrite, with stale values, a field someone
 * changed on another device meanwhile (each field is last-writer-wins on its own).
 */
export function changedSiteFields(before: SiteFields, after: SiteFields): Partial<SiteFields> {
  const changes: Partial<Record<SiteFormField, string>> = {};
  for (const field of FIELDS) if (before[field] !== after[field]) changes[field] = after[field];
  return changes;
}
