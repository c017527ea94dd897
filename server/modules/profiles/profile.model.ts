import type { AvailabilityWindow } from '../../../shared/contracts/profiles.js';
import type { AgeRange, MeetingMode, SensitiveField, SupporterStatus, Visibility } from '../../../shared/vocabularies/profile-values.js';

/** A profile as the service works with it; stored rows map to and from this in the repo. */
export interface Profile {
  firstName: string | null;
  pronouns: string | null;
  ageRange: AgeRange | null;
  country: string | null;
  timeZone: string | null;
  languages: string[];
  topics: string[];
  interests: string[];
  identities: string[];
  meetingModes: MeetingMode[];
  availability: AvailabilityWindow[];
  visibility: Record<SensitiveField, Visibility>;
}

export interface SupporterProfile {
  story: string | null;
  storyVisibility: Visibility;
  supportTopics: string[];
  capacity: number;
  status: SupporterStatus;
  acceptingNew: boolean;
  trainingCompletedAt: string | null;
}

export const EMPTY_PROFILE: Profile = {
  firstName: null,
  pronouns: null,
  ageRange: null,
  country: null,
  timeZone: null,
  languages: [],
  topics: [],
  interests: [],
  identities: [],
  meetingModes: [],
  availability: [],
  visibility: {
    firstName: 'only_me',
    pronouns: 'only_me',
    ageRange: 'only_me',
    location: 'only_me',
    topics: 'only_me',
    identities: 'only_me',
    interests: 'only_me',
  },
};

export const DEFAULT_CAPACITY = 5;
