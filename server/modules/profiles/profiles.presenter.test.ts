import { describe, expect, it } from 'vitest';
import { AUDIENCES, SENSITIVE_FIELDS, VISIBILITIES } from '../../../shared/vocabularies/profile-values.js';
import { EMPTY_PROFILE, type Profile } from './profile.model.js';
import { audienceFor, noSupportCircles } from './profiles.policy.js';
import { presentShownProfile } from './profiles.presenter.js';

const owner = { id: 'owner-1', handle: 'Owner Oak' };
const full: Profile = {
  ...EMPTY_PROFILE,
  firstName: 'Olive',
  pronouns: 'she/her',
  ageRange: '25_34',
  country: 'ES',
  timeZone: 'Europe/Madrid',
  languages: ['es', 'en'],
  topics: ['anxiety'],
  interests: ['gardening'],
  identities: ['parent'],
  meetingModes: ['video'],
  availability: [{ day: 1, start: '18:00', end: '20:00' }],
};

const FIELD_KEYS: Record<(typeof SENSITIVE_FIELDS)[number], Array<keyof ReturnType<typeof presentShownProfile>>> = {
  firstName: ['firstName'],
  pronouns: ['pronouns'],
  ageRange: ['ageRange'],
  location: ['country', 'timeZone'],
  topics: ['topics'],
  identities: ['identities'],
  interests: ['interests'],
};

const EXPECTED: Record<(typeof VISIBILITIES)[number], Record<(typeof AUDIENCES)[number], boolean>> = {
  only_me: { self: true, my_supporters: false, members: false },
  my_supporters: { self: true, my_supporters: true, members: false },
  members: { self: true, my_supporters: true, members: true },
};

describe('profile presenter', () => {
  for (const field of SENSITIVE_FIELDS) {
    for (const visibility of VISIBILITIES) {
      for (const audience of AUDIENCES) {
        it(`${field} set to ${visibility} is ${EXPECTED[visibility][audience] ? 'shown' : 'hidden'} to ${audience}`, () => {
          const profile = { ...full, visibility: { ...full.visibility, [field]: visibility } };
          const shown = presentShownProfile(owner, profile, null, audience);
          for (const key of FIELD_KEYS[field]) expect(key in shown).toBe(EXPECTED[visibility][audience]);
        });
      }
    }
  }

  it('always shows the handle, languages and ways to meet, and availability only to supporters', () => {
    const asMember = presentShownProfile(owner, full, null, 'members');
    expect(asMember).toEqual({ userId: 'owner-1', handle: 'Owner Oak', languages: ['es', 'en'], meetingModes: ['video'], supporter: null });
    expect(presentShownProfile(owner, full, null, 'my_supporters').availability).toEqual(full.availability);
  });

  it("shows a supporter's story only as its own visibility allows", () => {
    const supporter = { story: 'My recovery story', storyVisibility: 'my_supporters' as const, supportTopics: ['anxiety'], capacity: 5, status: 'active' as const, acceptingNew: true, trainingCompletedAt: '2026-01-01T00:00:00.000Z' };
    expect(presentShownProfile(owner, full, supporter, 'members').supporter).toEqual({ supportTopics: ['anxiety'], acceptingNew: true, active: true });
    expect(presentShownProfile(owner, full, supporter, 'my_supporters').supporter?.story).toBe('My recovery story');
  });
});

describe('audience', () => {
  const viewer = (userId: string) => ({ userId, sessionId: 's', handle: 'h', locale: 'en', roles: ['member' as const] });

  it('is self for the owner, my_supporters for people in their circle, members otherwise', async () => {
    const circle = { includes: async (viewerId: string, memberId: string) => viewerId === 'supporter-1' && memberId === 'owner-1' };
    expect(await audienceFor(viewer('owner-1'), 'owner-1', circle)).toBe('self');
    expect(await audienceFor(viewer('supporter-1'), 'owner-1', circle)).toBe('my_supporters');
    expect(await audienceFor(viewer('stranger'), 'owner-1', circle)).toBe('members');
    expect(await audienceFor(viewer('supporter-1'), 'owner-1', noSupportCircles)).toBe('members');
  });
});
