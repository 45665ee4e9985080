/**
 * The add / edit item form as plain strings, and the way between it and `ItemFields`: checked by
 * the shared schema (problems become message keys, per field) and, for edits, only what changed.
 */
import { type ItemCategory, type ItemField, ItemFields } from '../../core/ops/catalog.js';
import { cleanLine } from '../../core/text.js';
import type { MessageKey } from '../../i18n/index.js';

/** What the form holds while someone types: text as typed, '' for "not given". */
export interface CatalogFormValues {
  /** By language code; '' where there is no name in that language (the kiosk then shows English). */
  readonly names: Readonly<Record<string, string>>;
  readonly icon: string;
  readonly category: ItemCategory | '';
  readonly kind: 'tracked' | 'service';
  readonly unit: string;
  readonly minimum: string;
  readonly perVisitLimit: string;
  readonly discreet: boolean;
}

export const EMPTY_CATALOG_FORM: CatalogFormValues = {
  names: {},
  icon: '',
  category: '',
  kind: 'tracked',
  unit: '',
  minimum: '',
  perVisitLimit: '',
  discreet: false,
};

/** A problem's place: one field, or the name in one language (`name:es`). */
export type CatalogFormField = Exclude<ItemField, 'names' | 'position' | 'retired'> | `name:${string}`;
export type CatalogProblems = Partial<Record<CatalogFormField, MessageKey>>;
export type ParsedItem = { ok: true; item: ItemFields } | { ok: false; problems: CatalogProblems };

/** What the form does not edit: where the item sits on the kiosk and whether it is retired. */
export interface ItemPlacement {
  readonly position: number;
  readonly retired: boolean;
}

/** A whole number as typed, null when empty, NaN when it is not one (so the schema refuses it). */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The form as item fields, typed text cleaned first (see `cleanLine`). A service has no stock, so unit, minimum and per-visit limit are saved
 * empty for it (the kiosk offers a service once per visit anyway).
 */
export function parseCatalogForm(values: CatalogFormValues, placement: ItemPlacement): ParsedItem {
  const names: Record<string, string> = {};
  for (const [code, typed] of Object.entries(values.names)) {
    const name = cleanLine(typed);
    if (name) names[code] = name;
  }
  const service = values.kind === 'service';
  const draft = {
    names,
    icon: values.icon,
    category: values.category || undefined,
    kind: values.kind,
    unit: service ? null : cleanLine(values.unit) || null,
    minimum: service ? null : wholeNumber(values.minimum),
    perVisitLimit: service ? null : wholeNumber(values.perVisitLimit),
    discreet: values.discreet,
    position: placement.position,
    retired: placement.retired,
  };
  const parsed = ItemFields.safeParse(draft);
  if (parsed.success) return { ok: true, item: parsed.data };
  const problems: CatalogProblems = {};
  for (const issue of parsed.error.issues) {
    const [field, code] = issue.path as [string | undefined, string | undefined];
    const place = field === 'names' ? (`name:${code ?? 'en'}` as const) : (field as CatalogFormField | undefined);
    if (place && !problems[place]) problems[place] = problemKey(place, issue.code);
  }
  return { ok: false, problems };
}

function problemKey(place: CatalogFormField, code: string): MessageKey {
  if (place.startsWith('name:')) return code === 'too_big' ? 'catalog.problem.nameTooLong' : 'catalog.problem.nameEn';
  switch (place) {
    case 'icon':
      return 'catalog.problem.icon';
    case 'category':
      return 'catalog.problem.category';
    case 'unit':
      return 'catalog.problem.unit';
    case 'minimum':
      return 'catalog.problem.minimum';
    default:
      return 'catalog.problem.limit';
  }
}

/** A saved item back in the form, for editing. */
export function formFromItem(item: ItemFields): CatalogFormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    names: { ...item.names },
    icon: item.icon,
    category: item.category,
    kind: item.kind,
    unit: item.unit ?? '',
    minimum: text(item.minimum),
    perVisitLimit: text(item.perVisitLimit),
    discreet: item.discreet,
  };
}

function sameNames(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((code) => a[code] === b[code]);
}

/**
 * Only the fields that differ, so an edit does not overwrite, with stale values, fields that
 * someone changed on another device meanwhile (each field is last-writer-wins on its own).
 */
export function changedItemFields(before: ItemFields, after: ItemFields): Partial<ItemFields> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(after) as ItemField[]) {
    const same = field === 'names' ? sameNames(before.names, after.names) : Object.is(before[field], after[field]);
    if (!same) changes[field] = after[field];
  }
  return changes as Partial<ItemFields>;
}

/** Where a new item goes: after every other one (retired included, so bringing one back keeps its place). */
export function nextPosition(items: readonly { position: number }[]): number {
  const last = items.reduce((max, item) => Math.max(max, item.position), 0);
  return Math.min(10_000, last + 10);
}
