/**
 * The enroll and edit forms as plain strings, and the way between them and `ProfileFields`: parse
 * with the shared schema (problems become message keys, per field) and, for edits, only what changed.
 */
import { type ProfileField, ProfileFields, type ReferralPathway } from '../../core/ops/participants.js';
import { cleanLine } from '../../core/text.js';
import type { MessageKey } from '../../i18n/index.js';

/** What the form holds while someone types: text as typed, '' for "not given". */
export interface ProfileFormValues {
  readonly preferredName: string;
  readonly lastName: string;
  /** Other names, separated by commas. */
  readonly aliases: string;
  readonly pronouns: string;
  /** A language code, or '' for "other or not said". */
  readonly language: string;
  /** YYYY-MM-DD as a date input gives it, or ''. */
  readonly birthDate: string;
  /**
   * Not shown any more (the kiosk now always asks for the birthday); carried unchanged so that
   * editing an older profile does not record a change nobody made.
   */
  readonly kioskConfirmation: boolean;
  readonly referral: ReferralPathway | '';
}

export const EMPTY_PROFILE_FORM: ProfileFormValues = {
  preferredName: '',
  lastName: '',
  aliases: '',
  pronouns: '',
  language: '',
  birthDate: '',
  kioskConfirmation: false,
  referral: '',
};

export type ProfileProblems = Partial<Record<ProfileField, MessageKey>>;
export type ParsedProfile = { ok: true; profile: ProfileFields } | { ok: false; problems: ProfileProblems };

/** The comma-separated aliases as a list: cleaned (see `cleanLine`), empty ones dropped, each name once. */
export function splitAliases(text: string): string[] {
  const seen = new Set<string>();
  for (const alias of text.split(',')) {
    const name = cleanLine(alias);
    if (name) seen.add(name);
  }
  return [...seen];
}

/**
 * The form as profile fields, checked by the shared schema. Typed text is cleaned first (a pasted
 * tab becomes a space, control characters go), so the schema only refuses what a person can fix.
 * A birth date in the future (a slip of the date picker) is refused here; the schema only checks
 * the format.
 */
export function parseProfileForm(values: ProfileFormValues, today: string): ParsedProfile {
  const birthDate = values.birthDate.trim() || null;
  const draft = {
    preferredName: cleanLine(values.preferredName),
    lastName: cleanLine(values.lastName) || null,
    aliases: splitAliases(values.aliases),
    pronouns: cleanLine(values.pronouns) || null,
    language: cleanLine(values.language) || null,
    birthDate,
    kioskConfirmation: values.kioskConfirmation,
    referral: values.referral || undefined,
  };
  const parsed = ProfileFields.safeParse(draft);
  const problems: ProfileProblems = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ProfileField | undefined;
      if (field && !problems[field]) problems[field] = problemKey(field, issue.code);
    }
  }
  if (birthDate && !problems.birthDate && (birthDate > today || birthDate < '1900-01-01'))
    problems.birthDate = 'participants.problem.birthDate';
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, profile: parsed.data };
}

function problemKey(field: ProfileField, code: string): MessageKey {
  switch (field) {
    case 'preferredName':
      return code === 'too_big' ? 'participants.problem.tooLong' : 'participants.problem.preferredName';
    case 'aliases':
      return 'participants.problem.aliases';
    case 'birthDate':
      return 'participants.problem.birthDate';
    case 'referral':
      return 'participants.problem.referral';
    default:
      return 'participants.problem.tooLong';
  }
}

/** A saved profile back in the form, for editing. */
export function formFromProfile(profile: ProfileFields): ProfileFormValues {
  return {
    preferredName: profile.preferredName,
    lastName: profile.lastName ?? '',
    aliases: profile.aliases.join(', '),
    pronouns: profile.pronouns ?? '',
    language: profile.language ?? '',
    birthDate: profile.birthDate ?? '',
    kioskConfirmation: profile.kioskConfirmation,
    referral: profile.referral,
  };
}

/**
 * Only the fields that differ, so an edit does not overwrite, with stale values, fields that
 * someone changed on another device meanwhile (each field is last-writer-wins on its own).
 */
export function changedProfileFields(before: ProfileFields, after: ProfileFields): Partial<ProfileFields> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(after) as ProfileField[]) {
    const a = before[field];
    const b = after[field];
    const same =
      Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
    if (!same) changes[field] = b;
  }
  return changes as Partial<ProfileFields>;
}

/** Today's date (YYYY-MM-DD) where this device is, for the birth date check. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The profile changes with the case manager added when it was changed on the edit form (where ''
 * means none). Kept apart from the other fields: enrolment does not ask for it (issue 15).
 */
export function withCaseManager<C extends object>(
  changes: C,
  before: string | null | undefined,
  chosen: string,
): C & { caseManager?: string | null } {
  const after = chosen || null;
  return after === (before ?? null) ? changes : { ...changes, caseManager: after };
}
