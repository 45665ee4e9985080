/** The duplicate hint shown before enrolling: who may already be enrolled, surest first. */
import { describe, expect, it } from 'vitest';
import { type NameAndBirthDate, possibleDuplicates } from '../../../src/core/participants/duplicates.js';

type Person = NameAndBirthDate & { id: string };

const person = (
  id: string,
  preferredName: string,
  lastName: string | null,
  birthDate: string | null = null,
  aliases: string[] = [],
): Person => ({
  id,
  preferredName,
  lastName,
  aliases,
  birthDate,
});

const draft = (
  preferredName: string,
  lastName: string | null,
  birthDate: string | null = null,
  aliases: string[] = [],
) => person('draft', preferredName, lastName, birthDate, aliases);

const ids = (matches: { participant: Person }[]) => matches.map((match) => match.participant.id);

describe('possibleDuplicates', () => {
  it('finds the same name and birth date, whatever the accents and capitals', () => {
    const enrolled = [person('a', 'José', 'Martínez', '1980-03-05')];
    expect(possibleDuplicates(draft('jose', 'MARTINEZ', '1980-03-05'), enrolled)).toEqual([
      { participant: enrolled[0], reason: 'sameNameAndBirthDate' },
    ]);
  });

  it('calls the same name with another birth date (or none) only a similar name', () => {
    const enrolled = [person('a', 'José', 'Martínez', '1980-03-05')];
    expect(possibleDuplicates(draft('José', 'Martínez', '1991-12-01'), enrolled)[0]?.reason).toBe('similarName');
    expect(possibleDuplicates(draft('José', 'Martínez', null), enrolled)[0]?.reason).toBe('similarName');
  });

  it('allows one typo (added, missing or changed letter) in names of four letters or more', () => {
    const enrolled = [person('maria', 'Maria', 'Lopez'), person('josue', 'Josue', null)];
    expect(ids(possibleDuplicates(draft('Mario', 'Lopez'), enrolled))).toEqual(['maria']);
    expect(ids(possibleDuplicates(draft('Mria', 'L'), enrolled))).toEqual(['maria']);
    expect(ids(possibleDuplicates(draft('Marias', null), enrolled))).toEqual(['maria']);
    expect(ids(possibleDuplicates(draft('Jose', null), enrolled))).toEqual(['josue']);
  });

  it('does not match names two typos apart', () => {
    expect(possibleDuplicates(draft('Marta', 'Lopez'), [person('a', 'Mirka', 'Lopez')])).toEqual([]);
    expect(possibleDuplicates(draft('Jo', null), [person('a', 'Josue', null)])).toEqual([]);
  });

  it('needs an exact match for names shorter than four letters', () => {
    const enrolled = [person('ana', 'Ana', null)];
    expect(possibleDuplicates(draft('Ama', null), enrolled)).toEqual([]);
    expect(possibleDuplicates(draft('Anas', null), enrolled)).toEqual([]);
    expect(ids(possibleDuplicates(draft('ANA', null), enrolled))).toEqual(['ana']);
  });

  it('does not match when the last names start with different letters', () => {
    const enrolled = [person('a', 'Maria', 'Garcia', '1980-03-05')];
    expect(possibleDuplicates(draft('Maria', 'Lopez', '1980-03-05'), enrolled)).toEqual([]);
    // Only one side has a last name: nothing disagrees, so it may be the same person.
    expect(ids(possibleDuplicates(draft('Maria', null), enrolled))).toEqual(['a']);
  });

  it('compares aliases too, on either side', () => {
    const enrolled = [person('a', 'Roberto', 'Diaz', null, ['Beto'])];
    expect(ids(possibleDuplicates(draft('Beto', 'D'), enrolled))).toEqual(['a']);
    expect(ids(possibleDuplicates(draft('Bob', 'Diaz', null, ['Roberto']), enrolled))).toEqual(['a']);
  });

  it('lists exact matches first, then similar names, in list order', () => {
    const enrolled = [
      person('similar1', 'Josue', 'Martinez', '1970-01-01'),
      person('exact', 'José', 'Martínez', '1980-03-05'),
      person('other', 'Kim', 'Lee', '1980-03-05'),
      person('similar2', 'Jose', 'M', null),
    ];
    const matches = possibleDuplicates(draft('Jose', 'Martinez', '1980-03-05'), enrolled);
    expect(ids(matches)).toEqual(['exact', 'similar1', 'similar2']);
    expect(matches.map((match) => match.reason)).toEqual(['sameNameAndBirthDate', 'similarName', 'similarName']);
  });

  it('finds nothing in an empty list', () => {
    expect(possibleDuplicates(draft('José', 'Martínez', '1980-03-05'), [])).toEqual([]);
  });
});
