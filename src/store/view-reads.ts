/**
 * Reading views straight from the open database, as the op store's `view` and `viewsOfKind` do,
 * without loading the op store (and the op schemas it validates writes with): what a kiosk's
 * first screen reads.
 */
import type { View } from '../core/fold/views.js';
import { openDropinDb } from './db.js';

export async function readView(key: string): Promise<View | undefined> {
  return (await openDropinDb()).get('views', key);
}

export async function readViewsOfKind<K extends View['kind']>(kind: K): Promise<Extract<View, { kind: K }>[]> {
  return (await (await openDropinDb()).getAllFromIndex('views', 'byKind', kind)) as Extract<View, { kind: K }>[];
}
