import { describe, expect, it } from 'vitest';
import { profileInput, type OwnProfileDto } from '../../../../shared/contracts/profiles.js';
import { formToProfileInput, newAvailabilityRow, profileToForm, toMeetingModes } from './profile-form.js';

const saved: OwnProfileDto = {
  userId: 'u1',
  handle: 'Quiet Fern',
  firstName: 'Ana',
  pronouns: null,
  ageRange: '25_34',
  country: 'ES',
  timeZone: 'Europe/Madrid',
  languages: ['es', 'en'],
  topics: ['anxiety'],
  interests: ['walking'],
  identities: [],
  meetingModes: ['text', 'video'],
  availability: [{ day: 2, start: '18:00', end: '20:30' }],
  visibility: {
    firstName: 'members',
    pronouns: 'only_me',
    ageRange: 'my_supporters',
    location: 'only_me',
    topics: 'only_me',
    identities: 'only_me',
    interests: 'members',
  },
  supporter: null,
};

describe('profile form state', () => {
  it('round-trips a saved profile into the same PUT body', () => {
    const input = formToProfileInput(profileToForm(saved));
    const { userId: _userId, supporter: _supporter, ...fields } = saved;
    expect(input).toEqual(fields);
    expect(profileInput.safeParse(input).success).toBe(true);
  });

  it('sends empty answers as null and keeps availability rows without their keys', () => {
    const form = profileToForm(saved);
    const input = formToProfileInput({
      ...form,
      firstName: '  ',
      ageRange: '',
      country: '',
      timeZone: '',
      availability: [...form.availability, { ...newAvailabilityRow(form.availability[0]), start: '07:00', end: '08:00' }],
    });
    expect(input).toMatchObject({ firstName: null, ageRange: null, country: null, timeZone: null });
    expect(input.availability).toEqual([
      { day: 2, start: '18:00', end: '20:30' },
      { day: 3, start: '07:00', end: '08:00' },
    ]);
  });

  it('gives every availability row its own key', () => {
    const form = profileToForm({ ...saved, availability: [saved.availability[0]!, { day: 4, start: '09:00', end: '10:00' }] });
    expect(new Set(form.availability.map((row) => row.key)).size).toBe(2);
  });

  it('keeps meeting modes in the vocabulary’s order', () => {
    expect(toMeetingModes(['video', 'nonsense', 'text'])).toEqual(['text', 'video']);
  });

  it('new rows continue on the next day, wrapping from Sunday to Monday', () => {
    expect(newAvailabilityRow().day).toBe(0);
    expect(newAvailabilityRow({ day: 6 }).day).toBe(0);
    expect(newAvailabilityRow({ day: 1 }).day).toBe(2);
  });
});
