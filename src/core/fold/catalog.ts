/** Catalog and settings folds: every item field and each setting is last-writer-wins on its own. */
import type { ItemFields } from '../ops/catalog.js';
import { compareOps, type OpOf } from '../ops/op.js';
import { siteField, siteOf, withSite } from '../sites/site.js';
import { writeRegister, writeRegisters } from './register.js';
import { type ItemView, originOf, type SettingsView } from './views.js';

export type ItemOp = OpOf<'catalog.itemAdded' | 'catalog.itemUpdated' | 'catalog.itemRetired' | 'settings.limitSet'>;
export type SettingsOp = OpOf<'settings.hoursSet' | 'settings.openOverrideSet' | 'settings.waitThresholdsSet'>;

export function applyItemOp(current: ItemView | undefined, op: ItemOp): ItemView {
  const view: ItemView = current ?? { kind: 'item', id: op.payload.itemId, added: null, fields: {} };
  switch (op.type) {
    case 'catalog.itemAdded': {
      const added =
        view.added && compareOps({ at: view.added.at, id: view.added.opId }, op) <= 0 ? view.added : originOf(op);
      const next = { ...view, added, fields: writeRegisters<ItemFields>(view.fields, op.payload.item, op) };
      // An item belongs to the site it was added at (the first addition by clock).
      return added === view.added ? next : withSite(next, siteOf(op));
    }
    case 'catalog.itemUpdated':
      return { ...view, fields: writeRegisters<ItemFields>(view.fields, op.payload.changes, op) };
    case 'catalog.itemRetired':
      return { ...view, fields: writeRegisters<ItemFields>(view.fields, { retired: true }, op) };
    case 'settings.limitSet':
      return {
        ...view,
        fields: writeRegisters<ItemFields>(view.fields, { perVisitLimit: op.payload.perVisitLimit }, op),
      };
  }
}

/**
 * The retention setting after `op`. It is the program's, whatever site the op names: the caller
 * keeps it under SETTINGS_KEY, and a view made here carries no site.
 */
export function applyRetentionSetOp(
  current: SettingsView | undefined,
  op: OpOf<'settings.retentionSet'>,
): SettingsView {
  const view = current ?? EMPTY_SETTINGS;
  return { ...view, retention: writeRegister(view.retention ?? undefined, op.payload, op) };
}

export const EMPTY_SETTINGS: SettingsView = { kind: 'settings', hours: null, openOverride: null };

/** A site's settings after `op`; the caller keeps them under `settingsKey(siteOf(op))`. */
export function applySettingsOp(current: SettingsView | undefined, op: SettingsOp): SettingsView {
  const view = current ?? { ...EMPTY_SETTINGS, ...siteField(siteOf(op)) };
  if (op.type === 'settings.hoursSet') {
    return { ...view, hours: writeRegister(view.hours ?? undefined, op.payload.hours, op) };
  }
  if (op.type === 'settings.waitThresholdsSet') {
    return { ...view, waitThresholds: writeRegister(view.waitThresholds ?? undefined, op.payload, op) };
  }
  return { ...view, openOverride: writeRegister(view.openOverride ?? undefined, op.payload.override, op) };
}
