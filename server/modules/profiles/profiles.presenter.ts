import type { OwnProfileDto, ShownProfileDto, SupporterProfileDto } from '../../../shared/contracts/profiles.js';
import { type Audience, canSee } from '../../../shared/vocabularies/profile-values.js';
import type { Profile, SupporterProfile } from './profile.model.js';

interface Owner {
  id: string;
  handle: string;
}

function presentSupporter(supporter: SupporterProfile): SupporterProfileDto {
  return {
    story: supporter.story,
    storyVisibility: supporter.storyVisibility,
    supportTopics: supporter.supportTopics,
    capacity: supporter.capacity,
    status: supporter.status,
    acceptingNew: supporter.acceptingNew,
    trainingCompletedAt: supporter.trainingCompletedAt,
  };
}

export function presentOwnProfile(owner: Owner, profile: Profile, supporter: SupporterProfile | null): OwnProfileDto {
  return {
    userId: owner.id,
    handle: owner.handle,
    firstName: profile.firstName,
    pronouns: profile.pronouns,
    ageRange: profile.ageRange,
    country: profile.country,
    timeZone: profile.timeZone,
    languages: profile.languages,
    topics: profile.topics,
    interests: profile.interests,
    identities: profile.identities,
    meetingModes: profile.meetingModes,
    availability: profile.availability,
    visibility: profile.visibility,
    supporter: supporter ? presentSupporter(supporter) : null,
  };
}

/**
 * What one audience may see. Every sensitive field is copied only when its owner's setting allows
 * that audience; availability is for the person's own supporters only.
 */
export function presentShownProfile(owner: Owner, profile: Profile, supporter: SupporterProfile | null, audience: Audience): ShownProfileDto {
  const shown: ShownProfileDto = {
    userId: owner.id,
    handle: owner.handle,
    languages: profile.languages,
    meetingModes: profile.meetingModes,
    supporter: null,
  };
  const visible = (field: keyof Profile['visibility']) => canSee(profile.visibility[field], audience);
  if (visible('firstName')) shown.firstName = profile.firstName;
  if (visible('pronouns')) shown.pronouns = profile.pronouns;
  if (visible('ageRange')) shown.ageRange = profile.ageRange;
  if (visible('location')) {
    shown.country = profile.country;
    shown.timeZone = profile.timeZone;
  }
  if (visible('topics')) shown.topics = profile.topics;
  if (visible('identities')) shown.identities = profile.identities;
  if (visible('interests')) shown.interests = profile.interests;
  if (canSee('my_supporters', audience)) shown.availability = profile.availability;
  if (supporter && supporter.status !== 'applicant') {
    shown.supporter = {
      supportTopics: supporter.supportTopics,
      acceptingNew: supporter.acceptingNew,
      active: supporter.status === 'active',
      ...(canSee(supporter.storyVisibility, audience) ? { story: supporter.story } : {}),
    };
  }
  return shown;
}
