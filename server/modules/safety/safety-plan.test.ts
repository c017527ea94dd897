import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAFETY_PLAN_ITEM_MAX, SAFETY_PLAN_ITEMS_MAX } from '../../../shared/contracts/safety-plan.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createSupportPair, createUser, signedInClient, type SupportPair, type TestUser } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const PLAN = {
  warningSigns: ['I stop answering messages', 'I sleep all afternoon'],
  copingOnMyOwn: ['Walk round the park with headphones'],
  distractions: ['The library café on Elm Street'],
  peopleToAsk: ['My cousin Fennel (fictional)'],
  professionals: ['Crisis line 988'],
  saferSurroundings: ['Ask a friend to keep my spare medicine'],
  reasonsForLiving: ['My cat, Pickle'],
};

/** The member asks for support again and the given supporter accepts: a second, later relationship. */
async function matchAgain(t: TestApp, pair: SupportPair, supporterUser: TestUser): Promise<string> {
  const request = await pair.member.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
  const offer = await pair.member.post(`/api/support-requests/${request.json().request.id}/choose`, { supporterId: supporterUser.id });
  const accepted = await (await signedInClient(t.app, supporterUser)).post(`/api/supporter/requests/${offer.json().offer.id}/accept`);
  expect(accepted.statusCode).toBe(200);
  return accepted.json().relationship.id;
}

describe(`safety plans on ${testDialect()}`, () => {
  let t: TestApp;
  let pair: SupportPair;
  beforeEach(async () => {
    t = await buildTestApp();
    pair = await createSupportPair(t.app, { member: 'Wren Willow', supporter: 'Cedar Calm' });
  });
  afterEach(() => t.close());

  const auditOf = (action: string) =>
    t.database.db.selectFrom('audit_log').select(['actor_id', 'subject_id']).where('action', '=', action).orderBy('at').execute();

  it('starts empty, saves what the member writes and reads it back', async () => {
    const empty = await pair.member.get('/api/me/safety-plan');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      plan: { warningSigns: [], copingOnMyOwn: [], distractions: [], peopleToAsk: [], professionals: [], saferSurroundings: [], reasonsForLiving: [], updatedAt: null },
      shares: [],
    });

    const saved = await pair.member.put('/api/me/safety-plan', { ...PLAN, warningSigns: ['  I stop answering messages  ', 'I sleep all afternoon'] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().plan).toEqual({ ...PLAN, updatedAt: expect.any(String) });

    const edited = await pair.member.put('/api/me/safety-plan', { reasonsForLiving: ['Seeing the sea again'] });
    expect(edited.json().plan).toMatchObject({ warningSigns: [], reasonsForLiving: ['Seeing the sea again'] });
    expect((await pair.member.get('/api/me/safety-plan')).json().plan.reasonsForLiving).toEqual(['Seeing the sea again']);
  });

  it('names each bad item and keeps the saved plan unchanged', async () => {
    await pair.member.put('/api/me/safety-plan', PLAN);
    const response = await pair.member.put('/api/me/safety-plan', {
      ...PLAN,
      warningSigns: ['fine', 'also fine', '   '],
      reasonsForLiving: ['x'.repeat(SAFETY_PLAN_ITEM_MAX + 1)],
      distractions: Array.from({ length: SAFETY_PLAN_ITEMS_MAX + 1 }, (_, index) => `Idea ${index}`),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const errors = response.json().errors.map((error: { field: string; code: string }) => [error.field, error.code]);
    expect(errors).toEqual(expect.arrayContaining([['warningSigns.2', 'required'], ['reasonsForLiving.0', 'too_long'], ['distractions', 'too_many']]));
    expect((await pair.member.get('/api/me/safety-plan')).json().plan).toMatchObject(PLAN);
  });

  it('is shared with the member’s own supporter by consent, and each read by them is audited', async () => {
    await pair.member.put('/api/me/safety-plan', PLAN);
    const shared = await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.supporterUser.id });
    expect(shared.statusCode).toBe(201);
    expect(shared.json().share).toEqual({ supporterId: pair.supporterUser.id, handle: 'Cedar Calm', grantedAt: expect.any(String) });
    // Sharing twice keeps one grant.
    await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.supporterUser.id });
    expect((await pair.member.get('/api/me/safety-plan')).json().shares).toHaveLength(1);

    expect((await pair.supporter.get('/api/safety-plans/shared-with-me')).json().plans).toEqual([
      { memberId: pair.memberUser.id, handle: 'Wren Willow', grantedAt: expect.any(String) },
    ]);
    const read = await pair.supporter.get(`/api/safety-plans/${pair.memberUser.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ memberId: pair.memberUser.id, handle: 'Wren Willow', plan: { ...PLAN, updatedAt: expect.any(String) } });
    await pair.supporter.get(`/api/safety-plans/${pair.memberUser.id}`);

    // The member reading their own plan is not staff access and leaves no entry.
    expect((await pair.member.get(`/api/safety-plans/${pair.memberUser.id}`)).json().plan).toMatchObject(PLAN);
    expect(await auditOf('safety_plan.viewed')).toEqual([
      { actor_id: pair.supporterUser.id, subject_id: pair.memberUser.id },
      { actor_id: pair.supporterUser.id, subject_id: pair.memberUser.id },
    ]);
    expect(await auditOf('safety_plan.shared')).toEqual([{ actor_id: pair.memberUser.id, subject_id: pair.supporterUser.id }]);
  });

  it('stops the supporter reading at once when the member revokes', async () => {
    await pair.member.put('/api/me/safety-plan', PLAN);
    await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.supporterUser.id });
    expect((await pair.supporter.get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(200);

    expect((await pair.member.delete(`/api/me/safety-plan/shares/${pair.supporterUser.id}`)).statusCode).toBe(204);
    expect((await pair.supporter.get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(404);
    expect((await pair.supporter.get('/api/safety-plans/shared-with-me')).json().plans).toEqual([]);
    expect((await pair.member.get('/api/me/safety-plan')).json().shares).toEqual([]);
    expect((await pair.member.delete(`/api/me/safety-plan/shares/${pair.supporterUser.id}`)).statusCode).toBe(404);
    expect(await auditOf('safety_plan.share_revoked')).toEqual([{ actor_id: pair.memberUser.id, subject_id: pair.supporterUser.id }]);
    expect(await auditOf('safety_plan.viewed')).toHaveLength(1);
  });

  it('is a 404 for everyone else, whatever their role, and shares only with a current supporter', async () => {
    await pair.member.put('/api/me/safety-plan', PLAN);
    await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.supporterUser.id });
    const others = [
      await createUser(t.app, { roles: ['admin'] }),
      await createUser(t.app, { roles: ['supervisor'] }),
      await createUser(t.app, { roles: ['clinician'] }),
      await createUser(t.app),
      await createActiveSupporter(t.app),
    ];
    for (const other of others) {
      const response = await (await signedInClient(t.app, other)).get(`/api/safety-plans/${pair.memberUser.id}`);
      expect(response.statusCode, other.roles.join()).toBe(404);
    }
    expect((await new TestClient(t.app).get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(401);

    const notMySupporter = await pair.member.post('/api/me/safety-plan/shares', { supporterId: others[4]!.id });
    expect(notMySupporter.statusCode).toBe(404);
    expect((await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.memberUser.id })).statusCode).toBe(404);
    expect((await pair.member.get('/api/me/safety-plan')).json().shares.map((share: { supporterId: string }) => share.supporterId)).toEqual([pair.supporterUser.id]);
    expect(await auditOf('safety_plan.viewed')).toEqual([]);
  });

  it('reaches only supporters named at the time of sharing, and only while the relationship lasts', async () => {
    await pair.member.put('/api/me/safety-plan', PLAN);
    await pair.member.post('/api/me/safety-plan/shares', { supporterId: pair.supporterUser.id });

    const laterSupporter = await createActiveSupporter(t.app, { handle: 'Later Larch' });
    await matchAgain(t, pair, laterSupporter);
    const later = await signedInClient(t.app, laterSupporter);
    expect((await later.get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(404);
    expect((await pair.member.post('/api/me/safety-plan/shares', { supporterId: laterSupporter.id })).statusCode).toBe(201);
    expect((await later.get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(200);

    await pair.member.post(`/api/relationships/${pair.relationshipId}/end`, { reason: 'We agreed to close our sessions.' });
    expect((await pair.supporter.get(`/api/safety-plans/${pair.memberUser.id}`)).statusCode).toBe(404);
    expect((await pair.supporter.get('/api/safety-plans/shared-with-me')).json().plans).toEqual([]);
  });
});
