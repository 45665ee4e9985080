import { describe, expect, it } from 'vitest';
import { splitNavigation } from '../../../src/staff/nav-groups.js';
import { sectionsFor } from '../../../src/staff/sections.js';

const ids = (sections: readonly { id: string }[]) => sections.map((section) => section.id);

describe('the navigation row and "More"', () => {
  it('keeps the daily sections in the row and the admin ones, Devices and Reports under More, in order', () => {
    const { row, more } = splitNavigation(sectionsFor('admin'));
    // Other daily sections (e.g. Talks) may join the row; these four are always in it, in order.
    const daily = ['today', 'queue', 'inventory', 'participants'];
    expect(ids(row).filter((id) => daily.includes(id))).toEqual(daily);
    for (const id of ids(more)) expect(ids(row)).not.toContain(id);
    expect(ids(more)).toEqual(['catalog', 'sites', 'devices', 'accounts', 'activity', 'reports']);
  });

  it('gives staff who are not admins only Devices and Reports under More', () => {
    const { row, more } = splitNavigation(sectionsFor('staff'));
    expect(ids(more)).toEqual(['devices', 'reports']);
    for (const admin of ['catalog', 'sites', 'accounts', 'activity']) expect(ids(row)).not.toContain(admin);
  });
});
