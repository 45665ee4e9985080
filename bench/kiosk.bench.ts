/**
 * What a kiosk does for each name lookup (a name with a birthday) and each scan, over a directory
 * of 5,000 participants (several years of enrolments). Baselines in the same run: touching every
 * entry once (the floor for any scan of the directory), and hashing a card code alone.
 */
import { bench, describe } from 'vitest';
import { cardTokenFromBytes, hashCardToken } from '../src/core/cards/card-token.js';
import { type DirectoryEntry, searchKeysOf } from '../src/core/fold/directory.js';
import { birthdayCheckOf } from '../src/core/kiosk/birthday-check.js';
import { entryForCard, findByNameAndBirthday } from '../src/core/kiosk/name-search.js';

const FIRST = ['José', 'María', 'Luis', 'Ana', 'Carlos', 'Rosa', 'Juan', 'Lupe', 'Marisol', 'Omar', 'Nadia', 'Teo'];
const LAST = ['García', 'Martínez', 'López', 'Hernández', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Vega'];

const directory: DirectoryEntry[] = Array.from({ length: 5_000 }, (_, index) => {
  const firstName = `${FIRST[index % FIRST.length]}${index % 7 === 0 ? 'ita' : ''}`;
  const lastName = `${LAST[(index * 7) % LAST.length]}${index}`;
  const participantId = `person_${String(index).padStart(6, '0')}`;
  const birthDate = `1980-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
  // The kiosk never searches last names; many people go by a second name, kept as an alias.
  const alias = `${FIRST[(index * 5) % FIRST.length]} ${LAST[(index * 3) % LAST.length]}`;
  return {
    participantId,
    firstName,
    lastInitial: lastName.slice(0, 1),
    searchKeys: searchKeysOf([firstName, alias]),
    active: index % 10 !== 0,
    birthdayCheck: birthdayCheckOf(participantId, birthDate),
    cardHashes: [hashCardToken(cardTokenFromBytes(new Uint8Array(16).fill(index % 256)))],
  };
});
const lastCard = cardTokenFromBytes(new Uint8Array(16).fill(4_999 % 256));

describe('find my name, 5,000 people', () => {
  bench('baseline: touch every entry once', () => {
    let active = 0;
    for (const entry of directory) if (entry.active) active += 1;
    if (active === 0) throw new Error('unreachable');
  });
  // About 360 people are called María: the birthday check of each is hashed.
  bench('look up "María" on March 14 (many with that name)', () => {
    findByNameAndBirthday(directory, 'María', 3, 14);
  });
  bench('look up "Nadiaita" on March 14 (few with that name)', () => {
    findByNameAndBirthday(directory, 'Nadiaita', 3, 14);
  });
});

describe('a scanned card, 5,000 people', () => {
  bench('baseline: hash the card code', () => {
    hashCardToken(lastCard);
  });
  bench('hash and find the participant', () => {
    entryForCard(directory, hashCardToken(lastCard));
  });
});
