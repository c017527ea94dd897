import type { OwnProfileDto, ProfileInput } from '../../../../shared/contracts/profiles.js';
import {
  AGE_RANGES,
  MEETING_MODES,
  type AgeRange,
  type MeetingMode,
  type SensitiveField,
  type Visibility,
} from '../../../../shared/vocabularies/profile-values.js';

/** One availability row as edited: text values from the inputs, and a key that stays with the row. */
export interface AvailabilityRow {
  key: string;
  day: number;
  start: string;
  end: string;
}

/** The profile editor's state: strings where inputs hold strings, '' for "not given". */
export interface ProfileFormState {
  handle: string;
  firstName: string;
  pronouns: string;
  ageRange: AgeRange | '';
  country: string;
  timeZone: string;
  languages: string[];
  topics: string[];
  interests: string[];
  identities: string[];
  meetingModes: MeetingMode[];
  availability: AvailabilityRow[];
  visibility: Record<SensitiveField, Visibility>;
}

let rows = 0;

/** A new availability row: the day after the previous row's, or Monday, in the evening. */
export function newAvailabilityRow(previous?: Pick<AvailabilityRow, 'day'>): AvailabilityRow {
  rows += 1;
  return { key: `row-${rows}`, day: previous ? (previous.day + 1) % 7 : 0, start: '18:00', end: '20:00' };
}

export function isAgeRange(value: string): value is AgeRange {
  return AGE_RANGES.some((range) => range === value);
}

/** Meeting modes in the vocabulary's order, ignoring anything unknown. */
export function toMeetingModes(values: readonly string[]): MeetingMode[] {
  return MEETING_MODES.filter((mode) => values.includes(mode));
}

export function profileToForm(profile: OwnProfileDto): ProfileFormState {
  return {
    handle: profile.handle,
    firstName: profile.firstName ?? '',
    pronouns: profile.pronouns ?? '',
    ageRange: profile.ageRange ?? '',
    country: profile.country ?? '',
    timeZone: profile.timeZone ?? '',
    languages: [...profile.languages],
    topics: [...profile.topics],
    interests: [...profile.interests],
    identities: [...profile.identities],
    meetingModes: [...profile.meetingModes],
    availability: profile.availability.map((window) => ({ ...newAvailabilityRow(), ...window })),
    visibility: { ...profile.visibility },
  };
}

function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** The full PUT body: every field, with empty answers as null. */
export function formToProfileInput(form: ProfileFormState): ProfileInput {
  return {
    handle: form.handle,
    firstName: orNull(form.firstName),
    pronouns: orNull(form.pronouns),
    ageRange: form.ageRange === '' ? null : form.ageRange,
    country: orNull(form.country),
    timeZone: orNull(form.timeZone),
    languages: form.languages,
    topics: form.topics,
    interests: form.interests,
    identities: form.identities,
    meetingModes: form.meetingModes,
    availability: form.availability.map(({ day, start, end }) => ({ day, start, end })),
    visibility: form.visibility,
  };
}
