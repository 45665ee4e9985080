import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../../src/core/fold/directory.js';
import { searchKeysOf } from '../../../../src/core/fold/directory.js';
import { birthdayCheckOf, birthdayMatches, daysInMonth } from '../../../../src/core/kiosk/birthday-check.js';
import { entryForCard, isSearchable, searchDirectory } from '../../../../src/core/kiosk/name-search.js';

function person(
  id: string,
  firstName: string,
  lastName: string,
  more: Partial<DirectoryEntry> & { aliases?: string[] } = {},
): DirectoryEntry {
  const { aliases = [], ...rest } = more;
  return {
    participantId: id,
    firstName,
    lastInitial: lastName.slice(0, 1).toUpperCase(),
    // As directoryEntryOf builds them: the last name is never a search key.
    searchKeys: searchKeysOf([firstName, ...aliases]),
    active: true,
    birthdayCheck: null,
    cardHashes: [],
    ...rest,
  };
}

const directory = [
  person('p_jose_0001', 'José', 'Martínez', { aliases: ['Pepe'] }),
  person('p_rosa_0001', 'Rosa', 'Delgado'),
  person('p_luis_0001', 'Luis', 'Moreno'),
  person('p_luis_0002', 'Luis', 'Medina'),
  person('p_mari_0001', 'Marisol', 'Joseph'),
  person('p_gone_0001', 'Josefina', 'Ruiz', { active: false }),
];

const labels = (query: string) => searchDirectory(directory, query).map((match) => match.label);

describe('find my name', () => {
  it('shows nothing before two letters', () => {
    expect(isSearchable('j')).toBe(false);
    expect(isSearchable(' j ')).toBe(false);
    expect(labels('j')).toEqual([]);
    expect(isSearchable('jo')).toBe(true);
  });

  it('matches the start of the first name or an alias, whatever the accents and capitals', () => {
    expect(labels('JOSE')).toEqual(['José M.']);
    expect(labels('pep')).toEqual(['José M.']);
    expect(labels('osé')).toEqual([]); // a prefix, not anywhere in the name
  });

  it('never finds anyone by last name: the kiosk does not hold last names', () => {
    expect(labels('martí')).toEqual([]);
    expect(labels('joseph')).toEqual([]);
    expect(labels('luis moreno')).toEqual([]);
  });

  it('shows only a first name and a last initial, and never someone who stopped taking part', () => {
    const [match] = searchDirectory(directory, 'rosa');
    expect(match?.label).toBe('Rosa D.');
    expect(labels('josef')).toEqual([]);
  });

  it('needs every typed word to match, and lists first-name matches first', () => {
    const withAliases = [
      person('p_mari_0002', 'Marisol', 'Joseph', { aliases: ['Joss'] }),
      person('p_jose_0002', 'José', 'Martínez', { aliases: ['Pepe Grillo'] }),
    ];
    const found = (query: string) => searchDirectory(withAliases, query).map((match) => match.label);
    expect(found('pepe gri')).toEqual(['José M.']);
    expect(found('pepe mari')).toEqual([]);
    expect(found('jos')).toEqual(['José M.', 'Marisol J.']);
  });

  it('shows at most six', () => {
    const many = Array.from({ length: 9 }, (_, i) => person(`p_ana_000${i}`, 'Ana', `Apellido${i}`));
    expect(searchDirectory(many, 'ana')).toHaveLength(6);
  });

  it('asks everyone for the birthday', () => {
    const confirm = (query: string) => searchDirectory(directory, query).map((match) => match.confirm);
    expect(confirm('rosa')).toEqual([true]);
    expect(confirm('luis')).toEqual([true, true]);
  });

  it('finds the participant for an active card hash only', () => {
    const withCard = [
      person('p_card_0001', 'Ana', 'Sosa', { cardHashes: ['h1'] }),
      person('p_card_0002', 'Eva', 'Luna', { cardHashes: ['h2'], active: false }),
    ];
    expect(entryForCard(withCard, 'h1')?.participantId).toBe('p_card_0001');
    expect(entryForCard(withCard, 'h2')).toBeNull();
    expect(entryForCard(withCard, 'h3')).toBeNull();
  });
});

describe('birthday check', () => {
  it('accepts the right month and day only, without storing the date', () => {
    const entry = { participantId: 'p_luis_0001', birthdayCheck: birthdayCheckOf('p_luis_0001', '1980-03-14') };
    expect(entry.birthdayCheck).toMatch(/^[0-9a-f]{64}$/);
    expect(birthdayMatches(entry, 3, 14)).toBe(true);
    expect(birthdayMatches(entry, 14, 3)).toBe(false);
    expect(birthdayMatches(entry, 3, 15)).toBe(false);
    // The same birthday gives another person a different check.
    expect(birthdayCheckOf('p_luis_0002', '1980-03-14')).not.toBe(entry.birthdayCheck);
    expect(birthdayMatches({ participantId: 'p_x_00001', birthdayCheck: null }, 3, 14)).toBe(false);
  });

  it('offers 29 days in February, for leap-day birthdays', () => {
    expect([1, 2, 4, 12].map(daysInMonth)).toEqual([31, 29, 30, 31]);
  });
});
