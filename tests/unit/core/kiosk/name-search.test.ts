import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKeysOf } from '../../../../src/core/fold/directory.js';
import { birthdayCheckOf, birthdayMatches, daysInMonth } from '../../../../src/core/kiosk/birthday-check.js';
import {
  entryForCard,
  findByNameAndBirthday,
  hasNameToLookUp,
  type NameEntry,
} from '../../../../src/core/kiosk/name-search.js';

/** A kiosk directory entry: names as the directory gives them (first/preferred name and aliases). */
function person(
  id: string,
  firstName: string,
  lastInitial: string,
  birthDate: string | null,
  more: { aliases?: string[]; active?: boolean } = {},
): NameEntry {
  return {
    participantId: id,
    firstName,
    lastInitial,
    searchKeys: searchKeysOf([firstName, ...(more.aliases ?? [])]),
    active: more.active ?? true,
    birthdayCheck: birthDate ? birthdayCheckOf(id, birthDate) : null,
  };
}

const rosa = person('p_rosa_0001', 'Rosa', 'M', '1984-04-09', { aliases: ['Rosita'] });
const jose = person('p_jose_0001', 'José Luis', 'G', '1970-11-30', { aliases: ['Pepe'] });
const directory = [
  rosa,
  jose,
  person('p_rosa_0002', 'Rosa', 'T', '1990-06-01'),
  person('p_nobd_0001', 'Nadia', 'F', null),
  person('p_gone_0001', 'Teodoro', 'A', '1966-02-02', { active: false }),
];

const find = (typed: string, month: number, day: number) => findByNameAndBirthday(directory, typed, month, day);

describe('find my name: a name and a birthday together', () => {
  it('shows one person only when the name and the birthday both match, as first name and last initial', () => {
    expect(find('Rosa', 4, 9)).toEqual({ kind: 'one', label: 'Rosa M.', entry: rosa });
  });

  it('gives the same "none" for a name nobody has and for a wrong birthday', () => {
    expect(find('Wendolyn', 4, 9)).toEqual({ kind: 'none' });
    expect(find('Rosa', 4, 10)).toEqual({ kind: 'none' });
    expect(find('Rosa', 9, 4)).toEqual({ kind: 'none' });
    expect(find('Rosa', 4, 10)).toEqual(find('Wendolyn', 4, 9));
  });

  it('matches whole words only, never a prefix, whatever the accents and capitals', () => {
    expect(find('ROSA', 4, 9).kind).toBe('one');
    expect(find('jose luis', 11, 30).kind).toBe('one');
    expect(find('  Jose ', 11, 30).kind).toBe('one');
    expect(find('Ros', 4, 9)).toEqual({ kind: 'none' });
    expect(find('Ro', 4, 9)).toEqual({ kind: 'none' });
    expect(find('Rosas', 4, 9)).toEqual({ kind: 'none' });
  });

  it('needs every typed word to be one of the names', () => {
    expect(find('José Pepe', 11, 30).kind).toBe('one');
    expect(find('José Martínez', 11, 30)).toEqual({ kind: 'none' });
  });

  it('finds people by the name they go by or an alias, and still shows the preferred name', () => {
    expect(find('Rosita', 4, 9)).toEqual({ kind: 'one', label: 'Rosa M.', entry: rosa });
    expect(find('pepe', 11, 30)).toEqual({ kind: 'one', label: 'José Luis G.', entry: jose });
  });

  it('never matches someone with no birth date on record, or someone who stopped taking part', () => {
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= daysInMonth(month); day += 1) expect(find('Nadia', month, day).kind).toBe('none');
    }
    expect(find('Teodoro', 2, 2)).toEqual({ kind: 'none' });
  });

  it('looks up nothing when nothing was typed', () => {
    expect(hasNameToLookUp('')).toBe(false);
    expect(hasNameToLookUp(' - ')).toBe(false);
    expect(hasNameToLookUp('Ro')).toBe(true);
    expect(find('', 4, 9)).toEqual({ kind: 'none' });
  });
});

describe('find my name: people who share a name and a birthday', () => {
  const luisM = person('p_luis_0001', 'Luis', 'M', '1980-03-14');
  const luisT = person('p_luis_0002', 'Luis', 'T', '1975-03-14');
  const luisM2 = person('p_luis_0003', 'Luis', 'M', '1991-03-14');

  it('offers the last initials when their labels differ, in a stable order', () => {
    expect(findByNameAndBirthday([luisT, luisM], 'luis', 3, 14)).toEqual({
      kind: 'choose',
      choices: [
        { label: 'Luis M.', entry: luisM },
        { label: 'Luis T.', entry: luisT },
      ],
    });
  });

  it('sends them to staff when the labels are the same: never a coin toss', () => {
    expect(findByNameAndBirthday([luisM, luisM2], 'luis', 3, 14)).toEqual({ kind: 'staff' });
    // Labels that differ only by an accent or capitals look the same to a person.
    const luisAccent = person('p_luis_0004', 'Luís', 'm', '1960-03-14');
    expect(findByNameAndBirthday([luisM, luisAccent], 'luis', 3, 14)).toEqual({ kind: 'staff' });
  });

  it('offers a shared label without a person behind it, so picking it can only lead to staff', () => {
    expect(findByNameAndBirthday([luisM, luisT, luisM2], 'luis', 3, 14)).toEqual({
      kind: 'choose',
      choices: [
        { label: 'Luis M.', entry: null },
        { label: 'Luis T.', entry: luisT },
      ],
    });
  });

  it('does not count look-alikes with another birthday', () => {
    const luisOther = person('p_luis_0005', 'Luis', 'M', '1980-03-15');
    expect(findByNameAndBirthday([luisM, luisOther], 'luis', 3, 14)).toEqual({
      kind: 'one',
      label: 'Luis M.',
      entry: luisM,
    });
  });
});

describe('find my name: properties', () => {
  const NAMES = ['Rosa', 'Luis', 'María José'];
  const arbitraryEntry = fc.record({
    firstName: fc.constantFrom(...NAMES),
    lastInitial: fc.constantFrom('', 'M', 'T'),
    aliases: fc.array(fc.constantFrom(...NAMES, 'Pepe'), { maxLength: 2 }),
    active: fc.constantFrom(true, true, true, false),
    // Few birthdays, so that people often share one with each other and with what is typed.
    birth: fc.option(fc.record({ month: fc.integer({ min: 1, max: 2 }), day: fc.integer({ min: 1, max: 3 }) })),
  });
  const arbitraryDirectory = fc.array(arbitraryEntry, { maxLength: 12, size: 'max' }).map((people) =>
    people.map((p, index) => {
      const birthDate = p.birth
        ? `1980-${String(p.birth.month).padStart(2, '0')}-${String(p.birth.day).padStart(2, '0')}`
        : null;
      return person(`p_prop_${index}`, p.firstName, p.lastInitial, birthDate, p);
    }),
  );
  const arbitraryTyped = fc.oneof(
    { arbitrary: fc.constantFrom(...NAMES, 'pepe', 'ros', 'maria', ''), weight: 4 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
  const arbitraryDay = fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 4 }) });

  it('is always "none" for a typed name without the right birthday, whatever the directory holds', () => {
    fc.assert(
      fc.property(arbitraryDirectory, arbitraryTyped, arbitraryDay, (entries, typed, { month, day }) => {
        const someoneBornThen = entries.some((entry) => birthdayMatches(entry, month, day));
        fc.pre(!someoneBornThen);
        expect(findByNameAndBirthday(entries, typed, month, day)).toEqual({ kind: 'none' });
      }),
    );
  });

  it('only ever shows active people whose every typed word is a name and whose birthday matches', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryDirectory, arbitraryTyped, arbitraryDay, (entries, typed, { month, day }) => {
        const outcome = findByNameAndBirthday(entries, typed, month, day);
        seen.add(outcome.kind);
        const shown =
          outcome.kind === 'one'
            ? [outcome.entry]
            : outcome.kind === 'choose'
              ? outcome.choices.flatMap((choice) => (choice.entry ? [choice.entry] : []))
              : [];
        const words = searchKeysOf([typed]);
        for (const entry of shown) {
          expect(entry.active).toBe(true);
          expect(birthdayMatches(entry, month, day)).toBe(true);
          expect(words.every((word) => entry.searchKeys.includes(word))).toBe(true);
        }
        // A choice is offered only between labels that differ.
        if (outcome.kind === 'choose') {
          expect(new Set(outcome.choices.map((choice) => choice.label.toLowerCase())).size).toBe(
            outcome.choices.length,
          );
        }
      }),
      { numRuns: 500 },
    );
    // The generators often reach the outcomes that show someone, so the checks above are not empty.
    expect(seen).toContain('one');
    expect(seen).toContain('choose');
  });
});

describe('a scanned card', () => {
  it('finds the participant for an active card hash only', () => {
    const withCard = [
      { participantId: 'p_card_0001', active: true, cardHashes: ['h1'] },
      { participantId: 'p_card_0002', active: false, cardHashes: ['h2'] },
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
