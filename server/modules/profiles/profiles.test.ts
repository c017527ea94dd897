import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/contracts/profiles.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient, type TestUser } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

function validProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    handle: 'Member Maple',
    firstName: 'Mia',
    pronouns: 'they/them',
    ageRange: '25_34',
    country: 'MX',
    timeZone: 'America/Mexico_City',
    languages: ['es-MX', 'EN'],
    topics: ['anxiety', 'postpartum'],
    interests: ['hiking', 'poetry'],
    identities: ['parent'],
    meetingModes: ['text', 'video'],
    availability: [{ day: 0, start: '18:00', end: '20:00' }, { day: 0, start: '20:00', end: '21:00' }],
    visibility: { firstName: 'members', pronouns: 'members', ageRange: 'only_me', location: 'my_supporters', topics: 'members', identities: 'only_me', interests: 'members' },
    ...overrides,
  };
}

describe(`profiles on ${testDialect()}`, () => {
  let t: TestApp;
  let member: TestUser;
  let client: TestClient;
  beforeEach(async () => {
    t = await buildTestApp();
    member = await createUser(t.app, { handle: 'Member Maple' });
    client = await signedInClient(t.app, member);
  });
  afterEach(() => t.close());

  it('starts empty with every sensitive field visible only to the member', async () => {
    const { profile } = (await client.get('/api/me/profile')).json();
    expect(profile).toMatchObject({ handle: 'Member Maple', firstName: null, topics: [], availability: [], supporter: null });
    expect(Object.values(profile.visibility)).toEqual(Array(7).fill('only_me'));
  });

  it('saves a full profile, canonicalising language tags, and changes the handle everywhere', async () => {
    const saved = await client.put('/api/me/profile', validProfile({ handle: 'Maple Leaf' }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().profile).toMatchObject({ handle: 'Maple Leaf', languages: ['es-MX', 'en'], topics: ['anxiety', 'postpartum'], firstName: 'Mia' });
    expect((await client.get('/api/me')).json().user.handle).toBe('Maple Leaf');
    expect((await client.get('/api/me/profile')).json().profile.availability).toHaveLength(2);
  });

  it.each([
    ['an unknown topic', { topics: ['anxiety', 'astrology'] }, 'topics.1', 'topic_unknown'],
    ['an unknown language', { languages: ['en', 'xx'] }, 'languages.1', 'language_unknown'],
    ['a malformed language tag', { languages: ['not a tag'] }, 'languages.0', 'language_unknown'],
    ['an oversized first name', { firstName: 'x'.repeat(51) }, 'firstName', 'too_long'],
    ['too many interests', { interests: Array.from({ length: 21 }, (_, i) => `interest ${i}`) }, 'interests', 'too_many'],
    ['a duplicate topic', { topics: ['anxiety', 'anxiety'] }, 'topics', 'duplicate'],
    ['a window ending before it starts', { availability: [{ day: 2, start: '18:00', end: '09:00' }] }, 'availability.0.end', 'window_end_before_start'],
    ['overlapping windows', { availability: [{ day: 3, start: '09:00', end: '12:00' }, { day: 3, start: '11:00', end: '13:00' }] }, 'availability.1', 'window_overlap'],
    ['an impossible time', { availability: [{ day: 3, start: '25:00', end: '26:00' }] }, 'availability.0.start', 'time_invalid'],
    ['an impossible day', { availability: [{ day: 7, start: '09:00', end: '10:00' }] }, 'availability.0.day', 'too_big'],
    ['an impossible time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'time_zone_unknown'],
    ['an unknown country', { country: 'XX' }, 'country', 'country_unknown'],
    ['an unknown visibility', { visibility: { ...validProfile().visibility, topics: 'everyone' } }, 'visibility.topics', 'invalid_value'],
  ] as Array<[string, Partial<ProfileInput>, string, string]>)('refuses %s with 400 naming the field and saves nothing', async (_label, overrides, field, code) => {
    await client.put('/api/me/profile', validProfile());
    const response = await client.put('/api/me/profile', validProfile({ firstName: 'Changed', ...overrides }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
    expect((await client.get('/api/me/profile')).json().profile.firstName).toBe('Mia');
  });

  it("refuses someone else's handle with 409 and changes nothing", async () => {
    await createUser(t.app, { handle: 'Taken Name' });
    const response = await client.put('/api/me/profile', validProfile({ handle: 'taken name', firstName: 'Changed' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'handle', code: 'handle_taken' })]);
    expect((await client.get('/api/me/profile')).json().profile.firstName).toBeNull();
  });

  it('shows another member only the fields shared with members', async () => {
    await client.put('/api/me/profile', validProfile());
    const other = await signedInClient(t.app, await createUser(t.app));
    const { profile } = (await other.get(`/api/profiles/${member.id}`)).json();
    expect(profile).toEqual({
      userId: member.id,
      handle: 'Member Maple',
      firstName: 'Mia',
      pronouns: 'they/them',
      topics: ['anxiety', 'postpartum'],
      interests: ['hiking', 'poetry'],
      languages: ['es-MX', 'en'],
      meetingModes: ['text', 'video'],
      supporter: null,
    });
  });

  it('previews the profile as a member and as my supporter', async () => {
    await client.put('/api/me/profile', validProfile());
    const asMember = (await client.get('/api/me/profile/preview?as=members')).json().profile;
    const asSupporter = (await client.get('/api/me/profile/preview?as=my_supporters')).json().profile;
    expect(asMember).not.toHaveProperty('country');
    expect(asMember).not.toHaveProperty('availability');
    expect(asSupporter).toMatchObject({ country: 'MX', timeZone: 'America/Mexico_City' });
    expect(asSupporter.availability).toHaveLength(2);
    expect(asSupporter).not.toHaveProperty('ageRange');
    expect((await client.get('/api/me/profile/preview?as=everyone')).statusCode).toBe(400);
  });

  it('hides the profile from someone the member has blocked, and answers 404 for nobody', async () => {
    const blockedUser = await createUser(t.app, { handle: 'Unwelcome Uma' });
    const blocked = await signedInClient(t.app, blockedUser);
    expect((await blocked.get(`/api/profiles/${member.id}`)).statusCode).toBe(200);
    expect((await client.post('/api/me/blocks', { handle: 'unwelcome uma' })).statusCode).toBe(201);
    const hidden = await blocked.get(`/api/profiles/${member.id}`);
    expect(hidden.statusCode).toBe(404);
    expect((await blocked.get('/api/profiles/nobody-at-all')).statusCode).toBe(404);
    // The blocker can still see the blocked person's profile.
    expect((await client.get(`/api/profiles/${blockedUser.id}`)).statusCode).toBe(200);
  });

  it('audits staff looking at a member profile, but not members looking at each other', async () => {
    const supervisor = await signedInClient(t.app, await createUser(t.app, { roles: ['supervisor'] }));
    const peer = await signedInClient(t.app, await createUser(t.app));
    await supervisor.get(`/api/profiles/${member.id}`);
    await peer.get(`/api/profiles/${member.id}`);
    const views = await t.database.db.selectFrom('audit_log').select(['subject_id']).where('action', '=', 'profile.viewed').execute();
    expect(views).toEqual([{ subject_id: member.id }]);
  });

  it('accepts topics an admin adds, in both languages', async () => {
    const admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    const added = await admin.post('/api/admin/topics', { key: 'long_covid', labelEn: 'Long COVID', labelEs: 'COVID persistente' });
    expect(added.statusCode).toBe(201);
    expect((await admin.post('/api/admin/topics', { key: 'long_covid', labelEn: 'Again', labelEs: 'Otra vez' })).statusCode).toBe(409);
    expect((await admin.post('/api/admin/topics', { key: 'Bad Key!', labelEn: 'x', labelEs: 'x' })).json().errors[0]).toMatchObject({ field: 'key', code: 'topic_key_format' });
    const topics = (await client.get('/api/topics')).json().topics;
    expect(topics).toContainEqual({ key: 'long_covid', labels: { en: 'Long COVID', es: 'COVID persistente' }, builtIn: false });
    expect(topics.find((topic: { key: string }) => topic.key === 'depression').labels.es).toBe('Depresión');
    expect((await client.put('/api/me/profile', validProfile({ topics: ['long_covid'] }))).statusCode).toBe(200);
  });
});
