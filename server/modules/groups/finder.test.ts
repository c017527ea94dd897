import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupSearchDto, GroupSearchResultDto } from '../../../shared/contracts/groups-finder.js';
import type { Db } from '../../platform/db/connect.js';
import type { GroupsTable } from '../../platform/db/schema.js';
import { haversineKm } from '../../platform/geo/distance.js';
import { resolvePlace } from '../../platform/geo/gazetteer.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';
import { finderRoutes } from './finder.routes.js';
import { createFinderService } from './finder.service.js';

const SECRET_ADDRESS = 'Calle del Secreto 7, 2º izquierda';
const SECRET_LINK = 'https://video.example.test/room-never-listed';

function place(text: string) {
  const resolution = resolvePlace(text);
  if (!resolution.found) throw new Error(`no ${text}`);
  return resolution.found;
}

let sequence = 0;
async function seedGroup(db: Db, fields: Partial<Insertable<GroupsTable>> & { id: string }): Promise<void> {
  sequence += 1;
  const inPerson = fields.format !== 'online';
  await db.insertInto('groups').values({
    name: `Circle ${fields.id}`, description: 'A fictional peer-led circle for testing.', topics: ' anxiety ', language: 'es',
    format: 'in_person', place_name: inPerson ? 'Biblioteca del barrio' : null, address: inPerson ? SECRET_ADDRESS : null,
    latitude: null, longitude: null, video_link: SECRET_LINK, time_zone: 'Europe/Madrid', rrule: 'FREQ=WEEKLY;BYDAY=TU',
    starts_local: '2026-12-01T18:30', duration_minutes: 90, meeting_weekday: 2, meeting_minute: 18 * 60 + 30,
    next_meeting_at: `2026-12-${String(10 + (sequence % 15)).padStart(2, '0')}T17:30:00.000Z`, capacity: 12, member_count: 3,
    agreement: 'We keep what is shared here private and speak from our own experience.', agreement_version: 1,
    listing: 'public', conversation_id: null, status: 'active', created_by: null,
    created_at: '2026-11-22T12:00:00.000Z', updated_at: '2026-11-22T12:00:00.000Z',
    ...fields,
  }).execute();
}

/** A point `km` east of a place along its parallel (close enough to exact at these distances). */
function eastOf(lat: number, lon: number, km: number) {
  return { latitude: lat, longitude: lon + km / (111.32 * Math.cos((lat * Math.PI) / 180)) };
}

describe(`group finder on ${testDialect()}`, () => {
  let t: TestApp;
  let member: TestClient;
  const madrid = place('Madrid, ES');

  beforeAll(async () => {
    t = await buildTestApp();
    // Until the groups module wires the finder in, the test registers it itself.
    if (!t.app.hasRoute({ method: 'GET', url: '/api/groups/search' })) {
      await t.app.register(finderRoutes(createFinderService(t.app.kindred)));
    }
    const db = t.database.db;
    const near = (km: number) => eastOf(madrid.latitude, madrid.longitude, km);
    await seedGroup(db, { id: 'g-centre', ...near(0.4), next_meeting_at: '2026-12-03T17:30:00.000Z', topics: ' anxiety depression ' });
    await seedGroup(db, { id: 'g-12km', ...near(12), next_meeting_at: '2026-12-01T17:30:00.000Z', format: 'hybrid', meeting_weekday: 4, meeting_minute: 10 * 60 });
    await seedGroup(db, { id: 'g-22km', ...near(22), next_meeting_at: '2026-12-02T17:30:00.000Z', language: 'en', topics: ' grief_loss ' });
    await seedGroup(db, { id: 'g-40km', ...near(40), next_meeting_at: '2026-11-30T17:30:00.000Z', capacity: 8, member_count: 8 });
    const barcelona = place('Barcelona, ES');
    await seedGroup(db, { id: 'g-barcelona', latitude: barcelona.latitude, longitude: barcelona.longitude });
    await seedGroup(db, { id: 'g-online', format: 'online', next_meeting_at: '2026-11-29T17:30:00.000Z', meeting_weekday: 6 });
    await seedGroup(db, { id: 'g-unscheduled', format: 'online', next_meeting_at: null, meeting_weekday: null, meeting_minute: null });
    // Never listed: by invitation only, or archived, however close.
    await seedGroup(db, { id: 'g-invitation', ...near(1), listing: 'invitation' });
    await seedGroup(db, { id: 'g-archived', ...near(1), status: 'archived' });
    // Topics that look like another with LIKE wildcards.
    await seedGroup(db, { id: 'g-griefxloss', format: 'online', topics: ' griefxloss ' });

    const waiting = await createUser(t.app);
    await db.insertInto('group_memberships').values({
      id: 'm-waiting', group_id: 'g-40km', user_id: waiting.id, status: 'waitlisted', waitlist_position: 1, agreement_version: 1,
      attendance_recorded: 1, muted_until: null, removed_reason: null, removed_by: null, joined_at: '2026-11-22T12:00:00.000Z', updated_at: '2026-11-22T12:00:00.000Z',
    }).execute();
    member = await signedInClient(t.app, await createUser(t.app));
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const response = await member.get(`/api/groups/search?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as GroupSearchDto;
  };
  const idsOf = (body: GroupSearchDto) => body.results.map((group) => group.id);
  const problemOf = async (query: string) => {
    const response = await member.get(`/api/groups/search?${query}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    return response.json() as { code: string; detail: string; errors: Array<{ field: string; code: string; message: string }>; suggestions?: Array<{ name: string; country: string; label: string }> };
  };

  it('finds groups within the radius of a typed place, nearest first, with distances rounded for reading', async () => {
    const body = await search('near=Madrid');
    expect(idsOf(body)).toEqual(['g-centre', 'g-12km', 'g-22km']);
    expect(body.near).toEqual({ place: { name: 'Madrid', country: 'ES', countryName: 'Spain', kind: 'city' }, radiusKm: 25 });
    const [centre, twelve] = body.results as [GroupSearchResultDto, GroupSearchResultDto];
    expect(centre.distanceKm).toBe(0.4);
    expect(twelve.distanceKm).toBe(12);
    expect(centre).toEqual({
      id: 'g-centre', name: 'Circle g-centre', description: 'A fictional peer-led circle for testing.', topics: ['anxiety', 'depression'],
      language: 'es', format: 'in_person', placeName: 'Biblioteca del barrio', distanceKm: 0.4, timeZone: 'Europe/Madrid',
      weekday: 2, startTime: '18:30', durationMinutes: 90, nextMeetingAt: '2026-12-03T17:30:00.000Z', spotsLeft: 9, hasWaitlist: false,
    });
  });

  it('widens with radiusKm, tells of a full group with people waiting, and never lists invitation-only or archived groups', async () => {
    const body = await search('near=madrid&radiusKm=60');
    expect(idsOf(body)).toEqual(['g-centre', 'g-12km', 'g-22km', 'g-40km']);
    expect(body.results[3]).toMatchObject({ spotsLeft: 0, hasWaitlist: true });
    const everything = await search('near=Madrid&radiusKm=250&limit=50');
    expect(idsOf(everything)).not.toContain('g-invitation');
    expect(idsOf(everything)).not.toContain('g-archived');
    const all = await search('limit=50');
    expect(idsOf(all)).not.toContain('g-invitation');
    expect(idsOf(all)).not.toContain('g-archived');
  });

  it('never sends an address or a video link', async () => {
    for (const query of ['near=Madrid&radiusKm=250', 'limit=50', 'format=online']) {
      const response = await member.get(`/api/groups/search?${query}`);
      expect(response.body).not.toContain(SECRET_ADDRESS);
      expect(response.body).not.toContain(SECRET_LINK);
      expect(response.body).not.toMatch(/address|video|latitude|longitude|conversation/i);
    }
  });

  it('sorts a place search by next meeting when asked, and measures distances that match the gazetteer', async () => {
    const body = await search('near=Madrid&radiusKm=60&sort=next');
    expect(idsOf(body)).toEqual(['g-40km', 'g-12km', 'g-22km', 'g-centre']);
    const twelve = body.results.find((group) => group.id === 'g-12km')!;
    const point = eastOf(madrid.latitude, madrid.longitude, 12);
    expect(twelve.distanceKm).toBe(Math.round(haversineKm(madrid.latitude, madrid.longitude, point.latitude, point.longitude)));
  });

  it('filters by topic, language, format, weekday and start time', async () => {
    expect(idsOf(await search('near=Madrid&topic=depression'))).toEqual(['g-centre']);
    expect(idsOf(await search('topic=grief_loss'))).toEqual(['g-22km']);
    expect(idsOf(await search('near=Madrid&language=en'))).toEqual(['g-22km']);
    expect(idsOf(await search('near=Madrid&format=hybrid'))).toEqual(['g-12km']);
    expect(idsOf(await search('near=Madrid&format=online,hybrid'))).toEqual(['g-12km']);
    expect(idsOf(await search('near=Madrid&day=4'))).toEqual(['g-12km']);
    expect(idsOf(await search('near=Madrid&day=2,4&from=09:00&to=11:00'))).toEqual(['g-12km']);
    expect(idsOf(await search('near=Madrid&from=18:30&to=18:30'))).toEqual(['g-centre', 'g-22km']);
    expect(idsOf(await search('format=online&day=6'))).toEqual(['g-online']);
  });

  it('lists by soonest next meeting without a place, online groups included and unscheduled ones last', async () => {
    const body = await search('limit=50');
    const ids = idsOf(body);
    expect(ids.slice(0, 2)).toEqual(['g-online', 'g-40km']);
    expect(ids.at(-1)).toBe('g-unscheduled');
    expect(body.near).toBeNull();
    expect(body.results.every((group) => group.distanceKm === null)).toBe(true);
    expect(body.results.find((group) => group.id === 'g-online')).toMatchObject({ format: 'online', placeName: null });
  });

  it('pages through every result exactly once, with either order', async () => {
    for (const query of ['near=Madrid&radiusKm=60', 'near=Madrid&radiusKm=60&sort=next', 'sort=next']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: GroupSearchDto = await search(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.results.length).toBeLessThanOrEqual(2);
        seen.push(...idsOf(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(idsOf(await search(`${query}&limit=50`)));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('explains a place it does not know, naming near, with close names to choose from', async () => {
    const problem = await problemOf('near=Barcelna');
    expect(problem.code).toBe('place_unknown');
    expect(problem.errors).toEqual([{ field: 'near', code: 'place_unknown', message: expect.stringContaining('Barcelna') }]);
    expect(problem.suggestions?.[0]).toMatchObject({ name: 'Barcelona', country: 'ES', label: 'Barcelona, ES' });
    expect(problem.detail).toContain('Barcelona, ES');
    // A suggestion's label, sent back, finds that place.
    expect((await search(`near=${encodeURIComponent(problem.suggestions![0]!.label)}&radiusKm=10`)).results.map((g) => g.id)).toEqual(['g-barcelona']);
    const nothing = await problemOf('near=Qqxxzzv');
    expect(nothing.suggestions).toEqual([]);
    expect(nothing.errors[0]!.message).toContain('country');
  });

  it('answers bad filters with a 400 naming the field', async () => {
    const fieldOf = async (query: string) => (await problemOf(query)).errors.map((error) => [error.field, error.code]);
    expect(await fieldOf('from=20:00&to=18:00')).toEqual([['from', 'from_after_to']]);
    expect(await fieldOf('near=Madrid&radiusKm=0')).toEqual([['radiusKm', 'radius_out_of_range']]);
    expect(await fieldOf('near=Madrid&radiusKm=5000')).toEqual([['radiusKm', 'radius_out_of_range']]);
    expect(await fieldOf('radiusKm=10')).toEqual([['radiusKm', 'radius_needs_near']]);
    expect(await fieldOf('sort=distance')).toEqual([['sort', 'distance_needs_near']]);
    expect(await fieldOf('near=Madrid&format=online')).toEqual([['format', 'online_has_no_place']]);
    expect((await fieldOf('day=8'))[0]).toEqual(['day.0', 'day_invalid']);
    expect((await fieldOf('format=zoom'))[0]![1]).toBe('format_invalid');
    expect(await fieldOf('from=25:00')).toEqual([['from', 'time_invalid']]);
    expect(await fieldOf('topic=Anxiety!')).toEqual([['topic', 'topic_invalid']]);
    expect(await fieldOf('language=zz-not-a-tag')).toEqual([['language', 'language_unknown']]);
    expect(await fieldOf(`near=${'a'.repeat(101)}`)).toEqual([['near', 'too_long']]);
    expect(await fieldOf('cursor=not-a-cursor')).toEqual([['cursor', 'cursor_invalid']]);
    // A cursor from one order does not continue the other.
    const distancePage = await search('near=Madrid&limit=1');
    expect(await fieldOf(`near=Madrid&sort=next&cursor=${distancePage.nextCursor}`)).toEqual([['cursor', 'cursor_invalid']]);
  });

  it('publishes its query and both answers in the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = document.paths['/api/groups/search'].get;
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(expect.arrayContaining(['near', 'radiusKm', 'topic', 'day', 'from', 'to', 'sort', 'cursor']));
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400']));
  });

  it('prefers the member’s own country among places of the same name, and names countries in their language', async () => {
    const actorIn = (locale: string) => ({ userId: 'someone', sessionId: 's', handle: 'Someone', locale, roles: ['member' as const] });
    const inBritain = createFinderService({ db: t.database.db }, { countryOf: async () => 'GB' });
    const inAmerica = createFinderService({ db: t.database.db }, { countryOf: async () => 'US' });
    const query = { near: 'Cambridge', limit: 20 };
    expect((await inBritain.search(actorIn('en'), query)).near?.place).toMatchObject({ country: 'GB', countryName: 'United Kingdom' });
    expect((await inAmerica.search(actorIn('es'), query)).near?.place).toMatchObject({ country: 'US', admin: 'MA', countryName: 'Estados Unidos' });
  });

  it('is for signed-in people only', async () => {
    const response = await new TestClient(t.app).get('/api/groups/search?near=Madrid');
    expect(response.statusCode).toBe(401);
  });

  it('finds groups across the antimeridian and near a pole without failing', async () => {
    const suva = place('Suva, FJ');
    const across = { latitude: suva.latitude, longitude: -179.8 }; // east of 180°
    await seedGroup(t.database.db, { id: 'g-suva', latitude: suva.latitude + 0.05, longitude: suva.longitude, time_zone: 'Pacific/Fiji' });
    await seedGroup(t.database.db, { id: 'g-lau', ...across, time_zone: 'Pacific/Fiji' });
    const body = await search('near=Suva&radiusKm=250');
    expect(idsOf(body)).toEqual(['g-suva', 'g-lau']);
    expect(body.results[1]!.distanceKm).toBe(Math.round(haversineKm(suva.latitude, suva.longitude, across.latitude, across.longitude)));
    expect((await search('near=Longyearbyen&radiusKm=250')).results).toEqual([]);
  });
});
