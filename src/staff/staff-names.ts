/**
 * Staff members' names, to say who did what in histories and the queue. Fetched from the server
 * when it answers and kept in localStorage, so a staff device offline still knows them; the
 * signed-in person is always known.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { listStaffNames } from '../sync/staff-api.js';
import { staffSession } from './session.js';

const STORAGE_KEY = 'lead.staffNames';

function readCache(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export const staffNames = signal<Readonly<Record<string, string>>>(
  typeof localStorage === 'undefined' ? {} : readCache(),
);

export async function refreshStaffNames(): Promise<void> {
  const result = await listStaffNames();
  if (!result.ok) return;
  const names = Object.fromEntries(result.value.staff.map((staff) => [staff.id, staff.displayName]));
  staffNames.value = names;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(names));
  } catch {
    // A full or private storage: the names still hold for this page.
  }
}

/** The name of the staff member with this id; `unknown` when this device has not learned it. */
export function staffName(actorId: string, unknown: string): string {
  const state = staffSession.value;
  if (state.status === 'signedIn' && state.session.staff.id === actorId) return state.session.staff.displayName;
  return staffNames.value[actorId] ?? unknown;
}

/** Refreshes the names when a screen that shows them opens. */
export function useStaffNames(): void {
  useEffect(() => {
    void refreshStaffNames();
  }, []);
}
