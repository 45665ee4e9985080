/** The enroll / edit forms' mapping to profile fields: validation by the shared schema, and edit diffs. */
import { describe, expect, it } from 'vitest';
import type { ProfileFields } from '../../../src/core/ops/participants.js';
import { participantsRoute } from '../../../src/staff/participants/ParticipantsSection.js';
import { nameWithInitial, printCardsHref } from '../../../src/staff/participants/participant-labels.js';
import {
  changedProfileFields,
  EMPTY_PROFILE_FORM,
  formFromProfile,
  localToday,
  parseProfileForm,
  splitAliases,
  withCaseManager,
} from '../../../src/staff/participants/profile-form.js';

const TODAY = '2026-11-28';
const filled = {
  ...EMPTY_PROFILE_FORM,
  preferredName: '  José ',
  lastName: ' Martínez ',
  referral: 'communityServiceProvider' as const,
};

describe('parseProfileForm', () => {
  it('turns the form into profile fields: trimmed, empty text as null', () => {
    expect(parseProfileForm(filled, TODAY)).toEqual({
      ok: true,
      profile: {
        preferredName: 'José',
        lastName: 'Martínez',
        aliases: [],
        pronouns: null,
        language: null,
        birthDate: null,
        kioskConfirmation: false,
        referral: 'communityServiceProvider',
      },
    });
  });

  it('cleans pasted text so the schema never refuses it: tabs, controls, broken characters, decomposed accents', () => {
    const parsed = parseProfileForm(
      {
        ...filled,
        preferredName: 'Jose\u0301\tLuis\u0000',
        lastName: '\uD83DMartínez',
        aliases: 'Pe\npe, \u0007',
        pronouns: ' \u0000 ',
      },
      TODAY,
    );
    expect(parsed).toMatchObject({
      ok: true,
      profile: { preferredName: 'Jos\u00e9 Luis', lastName: 'Martínez', aliases: ['Pe pe'], pronouns: null },
    });
  });

  it('keeps every optional field that was given', () => {
    const parsed = parseProfileForm(
      {
        ...filled,
        aliases: 'Pepe, , Chepe,Pepe',
        pronouns: 'he/him',
        language: 'es',
        birthDate: '1980-03-05',
        kioskConfirmation: true,
      },
      TODAY,
    );
    expect(parsed.ok && parsed.profile).toMatchObject({
      aliases: ['Pepe', 'Chepe'],
      pronouns: 'he/him',
      language: 'es',
      birthDate: '1980-03-05',
      kioskConfirmation: true,
    });
  });

  it('keeps the old kiosk setting as it was, so editing an older profile changes nothing it does not show', () => {
    expect(parseProfileForm({ ...filled, kioskConfirmation: true }, TODAY)).toMatchObject({
      ok: true,
      profile: { kioskConfirmation: true, birthDate: null },
    });
    expect(parseProfileForm(filled, TODAY)).toMatchObject({ ok: true, profile: { kioskConfirmation: false } });
  });

  it('needs a preferred name and a referral pathway', () => {
    expect(parseProfileForm(EMPTY_PROFILE_FORM, TODAY)).toEqual({
      ok: false,
      problems: { preferredName: 'participants.problem.preferredName', referral: 'participants.problem.referral' },
    });
    expect(parseProfileForm({ ...filled, preferredName: '   ' }, TODAY)).toEqual({
      ok: false,
      problems: { preferredName: 'participants.problem.preferredName' },
    });
  });

  it('refuses names that are too long, too many aliases, and impossible birth dates', () => {
    const problemsOf = (changes: Partial<typeof filled>) => {
      const parsed = parseProfileForm({ ...filled, ...changes }, TODAY);
      return parsed.ok ? {} : parsed.problems;
    };
    expect(problemsOf({ preferredName: 'x'.repeat(61) })).toEqual({ preferredName: 'participants.problem.tooLong' });
    expect(problemsOf({ lastName: 'x'.repeat(61) })).toEqual({ lastName: 'participants.problem.tooLong' });
    expect(problemsOf({ pronouns: 'x'.repeat(41) })).toEqual({ pronouns: 'participants.problem.tooLong' });
    expect(problemsOf({ aliases: Array.from({ length: 11 }, (_, i) => `name${i}`).join(',') })).toEqual({
      aliases: 'participants.problem.aliases',
    });
    expect(problemsOf({ aliases: 'x'.repeat(61) })).toEqual({ aliases: 'participants.problem.aliases' });
    expect(problemsOf({ birthDate: '5/3/1980' })).toEqual({ birthDate: 'participants.problem.birthDate' });
    expect(problemsOf({ birthDate: '2026-11-29' })).toEqual({ birthDate: 'participants.problem.birthDate' });
    expect(problemsOf({ birthDate: '1899-12-31' })).toEqual({ birthDate: 'participants.problem.birthDate' });
    expect(problemsOf({ birthDate: TODAY })).toEqual({});
  });
});

describe('splitAliases', () => {
  it('splits on commas, trims, drops empty entries and repeats', () => {
    expect(splitAliases(' Pepe ,Chepe,, Pepe ,')).toEqual(['Pepe', 'Chepe']);
    expect(splitAliases('')).toEqual([]);
  });
});

describe('editing', () => {
  const saved: ProfileFields = {
    preferredName: 'José',
    lastName: 'Martínez',
    aliases: ['Pepe'],
    pronouns: 'he/him',
    language: 'es',
    birthDate: '1980-03-05',
    kioskConfirmation: true,
    referral: 'lawEnforcementDiversion',
  };

  it('prefills the form so that saving it unchanged gives back the same profile', () => {
    const parsed = parseProfileForm(formFromProfile(saved), TODAY);
    expect(parsed).toEqual({ ok: true, profile: saved });
    expect(parsed.ok && changedProfileFields(saved, parsed.profile)).toEqual({});
  });

  it('records only the fields that changed (aliases compared by content)', () => {
    expect(changedProfileFields(saved, { ...saved, pronouns: 'they/them', aliases: ['Pepe'] })).toEqual({
      pronouns: 'they/them',
    });
    expect(changedProfileFields(saved, { ...saved, aliases: ['Pepe', 'Chepe'], birthDate: null })).toEqual({
      aliases: ['Pepe', 'Chepe'],
      birthDate: null,
    });
  });

  it('records the case manager only when the form changed it, and none as null', () => {
    expect(withCaseManager({ pronouns: 'she/her' }, undefined, '')).toEqual({ pronouns: 'she/her' });
    expect(withCaseManager({}, 'staff_maria', 'staff_maria')).toEqual({});
    expect(withCaseManager({}, null, 'staff_maria')).toEqual({ caseManager: 'staff_maria' });
    expect(withCaseManager({}, 'staff_maria', '')).toEqual({ caseManager: null });
  });
});

describe('helpers', () => {
  it('routes the participant paths', () => {
    expect(participantsRoute('/staff/participants')).toEqual({ page: 'list' });
    expect(participantsRoute('/staff/participants/')).toEqual({ page: 'list' });
    expect(participantsRoute('/staff/participants/new')).toEqual({ page: 'enroll' });
    expect(participantsRoute('/staff/participants/abcDEF12_-x')).toEqual({
      page: 'profile',
      participantId: 'abcDEF12_-x',
    });
    expect(participantsRoute('/staff/participants/a/b')).toEqual({ page: 'unknown' });
  });

  it('links to the card sheet with the participants and the reason', () => {
    expect(printCardsHref(['aaaaaaaa', 'bbbbbbbb'], 'new')).toBe(
      '/staff/cards/print?participants=aaaaaaaa,bbbbbbbb&reason=new',
    );
    expect(printCardsHref(['aaaaaaaa'], 'lost')).toBe('/staff/cards/print?participants=aaaaaaaa&reason=lost');
  });

  it('shortens a name to the preferred name and last initial', () => {
    expect(nameWithInitial({ preferredName: 'José', lastName: 'martínez' })).toBe('José M.');
    expect(nameWithInitial({ preferredName: 'Lee', lastName: null })).toBe('Lee');
  });

  it("gives today's date where the device is", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
