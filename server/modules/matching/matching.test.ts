import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const REQUEST = { topics: ['anxiety', 'postpartum'], primaryTopic: 'postpartum', languages: ['es'], meetingModes: ['text', 'video'], note: 'Evenings suit me best.' };

describe(`matching on ${testDialect()}`, () => {
  let t: TestApp;
  let clock: ManualClock;
  let member: TestUser;
  let memberClient: TestClient;
  let best: TestUser;
  let other: TestUser;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await buildTestApp({ clock });
    member = await createUser(t.app, { handle: 'Member Mira' });
    memberClient = await signedInClient(t.app, member);
    await memberClient.put('/api/me/profile', {
      handle: 'Member Mira', timeZone: 'Europe/Madrid', availability: [{ day: 1, start: '19:00', end: '22:00' }],
      visibility: { location: 'my_supporters' },
    });
    best = await createActiveSupporter(t.app, {
      handle: 'Supporter Sol', topics: ['postpartum', 'anxiety'],
      profile: { languages: ['es-MX', 'en'], timeZone: 'America/Mexico_City', availability: [{ day: 1, start: '12:00', end: '16:00' }], meetingModes: ['video'] },
    });
    other = await createActiveSupporter(t.app, { handle: 'Supporter Otto', topics: ['anxiety'], profile: { languages: ['es', 'en'], meetingModes: ['text'] } });
    await createActiveSupporter(t.app, { handle: 'English Only', topics: ['anxiety', 'postpartum'], profile: { languages: ['en'] } });
  });
  afterEach(() => t.close());

  async function openRequest(client = memberClient, body: object = REQUEST): Promise<string> {
    const response = await client.post('/api/support-requests', body);
    expect(response.statusCode).toBe(201);
    return response.json().request.id;
  }

  async function offerTo(supporterId: string, client = memberClient): Promise<string> {
    const requestId = await openRequest(client);
    const chosen = await client.post(`/api/support-requests/${requestId}/choose`, { supporterId });
    expect(chosen.statusCode).toBe(201);
    return chosen.json().offer.id;
  }

  it('suggests supporters who meet every hard rule, best first, with reasons in plain terms', async () => {
    const requestId = await openRequest();
    const { suggestions, relax } = (await memberClient.get(`/api/support-requests/${requestId}/suggestions`)).json();
    expect(suggestions.map((s: { handle: string }) => s.handle)).toEqual(['Supporter Sol', 'Supporter Otto']);
    expect(relax).toEqual([]);
    expect(suggestions[0].reasons).toEqual([
      { kind: 'topics', topics: ['anxiety', 'postpartum'], primary: true },
      { kind: 'languages', languages: ['es'] },
      // Madrid 19-22 and Mexico City 12-16 share 19:00-22:00 Madrid time (12:00-15:00 in Mexico City).
      { kind: 'availability', minutesPerWeek: 180, periods: ['evenings'] },
      { kind: 'meeting', modes: ['video'] },
    ]);
    expect(suggestions[0].story).toBeNull();
  });

  it('sends the choice to the supporter, who accepts; the member is then in their circle', async () => {
    const offerId = await offerTo(best.id);
    const supporterClient = await signedInClient(t.app, best);
    const inbox = (await supporterClient.get('/api/supporter/requests')).json().offers;
    expect(inbox).toEqual([expect.objectContaining({ id: offerId, memberHandle: 'Member Mira', status: 'pending', note: 'Evenings suit me best.' })]);
    expect((await supporterClient.get(`/api/profiles/${member.id}`)).json().profile).not.toHaveProperty('timeZone');

    const accepted = await supporterClient.post(`/api/supporter/requests/${offerId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().relationship).toMatchObject({ memberId: member.id, supporterId: best.id, status: 'active' });
    expect((await memberClient.get('/api/support-requests/current')).json().request.status).toBe('matched');
    expect((await supporterClient.get(`/api/profiles/${member.id}`)).json().profile).toMatchObject({ timeZone: 'Europe/Madrid' });
    expect((await memberClient.get('/api/relationships')).json().relationships).toHaveLength(1);

    expect((await supporterClient.post(`/api/supporter/requests/${offerId}/accept`)).json().code).toBe('offer_not_pending');

    // A second request never suggests, nor lets the member choose, the supporter they already have.
    const again = await openRequest();
    const suggested = (await memberClient.get(`/api/support-requests/${again}/suggestions`)).json().suggestions;
    expect(suggested.map((s: { supporterId: string }) => s.supporterId)).not.toContain(best.id);
    expect((await memberClient.post(`/api/support-requests/${again}/choose`, { supporterId: best.id })).json().code).toBe('supporter_unavailable');
    expect((await supporterClient.post(`/api/supporter/requests/${offerId}/decline`, {})).json().code).toBe('offer_not_pending');
  });

  it('tells the member kindly when a supporter declines, keeps the reason private, and suggests others', async () => {
    const offerId = await offerTo(best.id);
    const supporterClient = await signedInClient(t.app, best);
    expect((await supporterClient.post(`/api/supporter/requests/${offerId}/decline`, { reason: 'Too close to my own situation right now' })).statusCode).toBe(200);
    const current = (await memberClient.get('/api/support-requests/current')).json().request;
    expect(current.status).toBe('open');
    expect(current.offers[0].status).toBe('declined');
    expect(JSON.stringify(current)).not.toContain('Too close');
    const next = (await memberClient.get(`/api/support-requests/${current.id}/suggestions`)).json().suggestions;
    expect(next.map((s: { handle: string }) => s.handle)).toEqual(['Supporter Otto']);
  });

  it('expires unanswered requests after 48 hours and refuses a late accept without changing anything', async () => {
    const offerId = await offerTo(best.id);
    const supporterClient = await signedInClient(t.app, best);
    clock.advanceMinutes(48 * 60 + 1);
    const late = await supporterClient.post(`/api/supporter/requests/${offerId}/accept`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('offer_expired');
    expect((await memberClient.get('/api/support-requests/current')).json().request.offers[0].status).toBe('expired');
    expect((await memberClient.get('/api/relationships')).json().relationships).toEqual([]);
    expect((await supporterClient.get('/api/supporter/requests')).json().offers).toEqual([]);
  });

  it('ends a relationship from either side with a reason and frees the place', async () => {
    const offerId = await offerTo(best.id);
    const supporterClient = await signedInClient(t.app, best);
    const { relationship } = (await supporterClient.post(`/api/supporter/requests/${offerId}/accept`)).json();
    expect((await memberClient.post(`/api/relationships/${relationship.id}/end`, { reason: '' })).json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const ended = await memberClient.post(`/api/relationships/${relationship.id}/end`, { reason: 'I am doing much better, thank you.' });
    expect(ended.json().relationship).toMatchObject({ status: 'ended', endReason: 'I am doing much better, thank you.' });
    expect((await supporterClient.post(`/api/relationships/${relationship.id}/end`, { reason: 'again' })).json().code).toBe('relationship_ended');
    const place = await t.database.db.selectFrom('supporter_profiles').select('active_relationships').where('user_id', '=', best.id).executeTakeFirstOrThrow();
    expect(place.active_relationships).toBe(0);
    const stranger = await signedInClient(t.app, await createUser(t.app));
    expect((await stranger.post(`/api/relationships/${relationship.id}/end`, { reason: 'x' })).statusCode).toBe(404);
  });

  it('never suggests blocked, paused or full supporters, and refuses choosing them', async () => {
    await memberClient.post('/api/me/blocks', { handle: 'Supporter Sol' });
    const otto = await signedInClient(t.app, other);
    await otto.put('/api/me/supporter-profile', { storyVisibility: 'only_me', supportTopics: ['anxiety'], capacity: 5, acceptingNew: false, paused: false });
    t.app.kindred.matching.pool.invalidate();
    const requestId = await openRequest();
    const { suggestions, relax } = (await memberClient.get(`/api/support-requests/${requestId}/suggestions`)).json();
    expect(suggestions).toEqual([]);
    expect(relax).toEqual([{ preference: 'languages', wouldFind: 1 }]);
    expect((await memberClient.post(`/api/support-requests/${requestId}/choose`, { supporterId: best.id })).json().code).toBe('supporter_unavailable');
    expect((await memberClient.post(`/api/support-requests/${requestId}/choose`, { supporterId: other.id })).json().code).toBe('supporter_unavailable');
  });

  it('names bad requests and refuses unknown ids, a second open request and a second pending choice', async () => {
    const unknownTopic = await memberClient.post('/api/support-requests', { ...REQUEST, topics: ['astrology'], primaryTopic: null });
    expect(unknownTopic.json().errors[0]).toMatchObject({ field: 'topics.0', code: 'topic_unknown' });
    const primaryElsewhere = await memberClient.post('/api/support-requests', { ...REQUEST, primaryTopic: 'grief_loss' });
    expect(primaryElsewhere.json().errors[0]).toMatchObject({ field: 'primaryTopic', code: 'primary_topic_not_listed' });
    expect((await memberClient.post('/api/support-requests', { ...REQUEST, languages: [] })).json().errors[0]).toMatchObject({ field: 'languages', code: 'required' });

    const requestId = await openRequest();
    expect((await memberClient.post('/api/support-requests', REQUEST)).json().code).toBe('request_open');
    expect((await memberClient.get('/api/support-requests/nope/suggestions')).statusCode).toBe(404);
    expect((await memberClient.post(`/api/support-requests/${requestId}/choose`, { supporterId: best.id })).statusCode).toBe(201);
    expect((await memberClient.post(`/api/support-requests/${requestId}/choose`, { supporterId: other.id })).json().code).toBe('offer_pending');
    const otherSupporter = await signedInClient(t.app, other);
    const offerId = (await memberClient.get('/api/support-requests/current')).json().request.offers[0].id;
    expect((await otherSupporter.post(`/api/supporter/requests/${offerId}/accept`)).statusCode).toBe(404);
    expect((await otherSupporter.post('/api/supporter/requests/unknown/accept')).statusCode).toBe(404);
  });

  it('never exceeds capacity when many accepts arrive at once', async () => {
    const members = await Promise.all(Array.from({ length: 6 }, () => createUser(t.app)));
    const clients = await Promise.all(members.map((person) => signedInClient(t.app, person)));
    // Pending requests count towards a supporter's load, so room is made for six before capacity drops to two.
    await t.database.db.updateTable('supporter_profiles').set({ capacity: 10 }).where('user_id', '=', other.id).execute();
    const offerIds: string[] = [];
    for (const client of clients) {
      offerIds.push(await offerTo(other.id, client));
      t.app.kindred.matching.pool.invalidate();
    }
    await t.database.db.updateTable('supporter_profiles').set({ capacity: 2 }).where('user_id', '=', other.id).execute();
    const supporterClients = await Promise.all(offerIds.map(() => signedInClient(t.app, other)));
    const results = await Promise.all(offerIds.map((id, i) => supporterClients[i]!.post(`/api/supporter/requests/${id}/accept`)));
    const statuses = results.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 200, 409, 409, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'at_capacity')).toBe(true);
    const active = await t.database.db.selectFrom('support_relationships').select('id').where('supporter_id', '=', other.id).where('status', '=', 'active').execute();
    expect(active).toHaveLength(2);
    const counter = await t.database.db.selectFrom('supporter_profiles').select('active_relationships').where('user_id', '=', other.id).executeTakeFirstOrThrow();
    expect(counter.active_relationships).toBe(2);
  });

  it('lets admins tune the weights, within bounds', async () => {
    const admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    const weights = (await admin.get('/api/admin/matching/weights')).json();
    expect(weights.offerHours).toBe(48);
    expect((await admin.put('/api/admin/matching/weights', { ...weights, offerHours: 24 })).json().offerHours).toBe(24);
    expect((await admin.put('/api/admin/matching/weights', { ...weights, sharedTopic: -1 })).json().errors[0].field).toBe('sharedTopic');
    const offerId = await offerTo(best.id);
    const offer = (await memberClient.get('/api/support-requests/current')).json().request.offers.find((o: { id: string }) => o.id === offerId);
    expect(Date.parse(offer.expiresAt) - Date.parse(offer.createdAt)).toBe(24 * 3_600_000);
  });
});
