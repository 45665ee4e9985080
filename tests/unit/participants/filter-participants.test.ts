/** The staff list's search and status filter (accent- and case-insensitive prefixes of any name). */
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../src/core/fold/selectors.js';
import { filterParticipants } from '../../../src/staff/participants/participant-queries.js';

function participant(
  id: string,
  preferredName: string,
  lastName: string | null,
  extra: Partial<Participant> = {},
): Participant {
  return {
    id,
    preferredName,
    lastName,
    aliases: [],
    pronouns: null,
    language: null,
    birthDate: null,
    referral: 'communityBusiness',
    kioskConfirmation: false,
    active: true,
    ...extra,
  };
}

const jose = participant('jose', 'José', 'Martínez', { aliases: ['Pepe'] });
const joseLopez = participant('jose-lopez', 'Jose', 'López');
const anaMaria = participant('ana', 'Ana-María', 'Kim');
const lee = participant('lee', 'Lee', 'Park', { active: false });
const everyone = [jose, joseLopez, anaMaria, lee];
const ids = (list: Participant[]) => list.map((p) => p.id);

describe('filterParticipants', () => {
  it('ignores accents and capitals, in the query and in the names', () => {
    expect(ids(filterParticipants(everyone, 'jose', 'all'))).toEqual(['jose', 'jose-lopez']);
    expect(ids(filterParticipants(everyone, 'JOSÉ', 'all'))).toEqual(['jose', 'jose-lopez']);
    expect(ids(filterParticipants(everyone, 'martinez', 'all'))).toEqual(['jose']);
  });

  it('matches the start of any name: preferred, last, alias, or a part of a hyphenated name', () => {
    expect(ids(filterParticipants(everyone, 'mart', 'all'))).toEqual(['jose']);
    expect(ids(filterParticipants(everyone, 'pep', 'all'))).toEqual(['jose']);
    expect(ids(filterParticipants(everyone, 'lóp', 'all'))).toEqual(['jose-lopez']);
    expect(ids(filterParticipants(everyone, 'mar', 'all'))).toEqual(['jose', 'ana']);
  });

  it('does not match the middle of a name', () => {
    expect(filterParticipants(everyone, 'tinez', 'all')).toEqual([]);
    expect(filterParticipants(everyone, 'epe', 'all')).toEqual([]);
  });

  it('needs every typed word to start some name, in any order', () => {
    expect(ids(filterParticipants(everyone, 'jose mart', 'all'))).toEqual(['jose']);
    expect(ids(filterParticipants(everyone, '  mart   jose ', 'all'))).toEqual(['jose']);
    expect(filterParticipants(everyone, 'jose kim', 'all')).toEqual([]);
  });

  it('shows active, inactive or everyone; an empty query keeps all of them', () => {
    expect(ids(filterParticipants(everyone, '', 'active'))).toEqual(['jose', 'jose-lopez', 'ana']);
    expect(ids(filterParticipants(everyone, '', 'inactive'))).toEqual(['lee']);
    expect(ids(filterParticipants(everyone, '   ', 'all'))).toEqual(['jose', 'jose-lopez', 'ana', 'lee']);
    expect(filterParticipants(everyone, 'lee', 'active')).toEqual([]);
    expect(ids(filterParticipants(everyone, 'lee', 'inactive'))).toEqual(['lee']);
  });
});
