import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient, type TestUser } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`program intake in bulk on ${testDialect()}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let members: Array<{ user: TestUser; client: TestClient; requestId: string }>;
  let anxietySupporter: TestUser;
  let griefSupporter: TestUser;
  beforeEach(async () => {
    t = await buildTestApp();
    admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    anxietySupporter = await createActiveSupporter(t.app, { handle: 'Anxiety Ally', topics: ['anxiety'], capacity: 1 });
    griefSupporter = await createActiveSupporter(t.app, { handle: 'Grief Guide', topics: ['grief_loss', 'anxiety'], capacity: 1 });
    members = [];
    for (const [handle, topics] of [['Waiting Wren', ['anxiety']], ['Waiting Willow', ['grief_loss']], ['Waiting Wolf', ['anxiety']]] as const) {
      const user = await createUser(t.app, { handle });
      const client = await signedInClient(t.app, user);
      const created = await client.post('/api/support-requests', { topics, languages: ['en'], meetingModes: ['text'] });
      members.push({ user, client, requestId: created.json().request.id });
    }
  });
  afterEach(() => t.close());

  it('proposes the best whole assignment within capacities, and the admin confirms it', async () => {
    const plan = (await admin.get('/api/admin/intake/proposals')).json();
    const pairs = Object.fromEntries(plan.proposals.map((p: { memberHandle: string; supporterHandle: string }) => [p.memberHandle, p.supporterHandle]));
    // Willow can only be helped by the grief supporter, so the anxiety supporter takes one anxiety member.
    expect(pairs['Waiting Willow']).toBe('Grief Guide');
    expect(Object.values(pairs).sort()).toEqual(['Anxiety Ally', 'Grief Guide']);
    expect(plan.unplaced).toHaveLength(1);
    expect(plan.proposals[0].reasons[0].kind).toBe('topics');

    const confirmed = await admin.post('/api/admin/intake/confirm', {
      assignments: plan.proposals.map((p: { requestId: string; supporterId: string }) => ({ requestId: p.requestId, supporterId: p.supporterId })),
    });
    expect(confirmed.json()).toEqual({ proposed: 2, skipped: [] });
    const again = await admin.post('/api/admin/intake/confirm', { assignments: [{ requestId: plan.proposals[0].requestId, supporterId: plan.proposals[0].supporterId }] });
    expect(again.json().skipped).toEqual([{ requestId: plan.proposals[0].requestId, code: 'request_not_waiting' }]);
    expect((await admin.get('/api/admin/intake/proposals')).json().proposals).toEqual([]);
  });

  it('lets each member accept or decline their proposed supporter before the supporter is asked', async () => {
    const plan = (await admin.get('/api/admin/intake/proposals')).json();
    await admin.post('/api/admin/intake/confirm', { assignments: plan.proposals.map((p: { requestId: string; supporterId: string }) => ({ requestId: p.requestId, supporterId: p.supporterId })) });
    const willow = members.find((m) => m.user.handle === 'Waiting Willow')!;
    const current = (await willow.client.get('/api/support-requests/current')).json().request;
    expect(current.offers).toEqual([expect.objectContaining({ status: 'proposed', supporterHandle: 'Grief Guide' })]);
    const grief = await signedInClient(t.app, griefSupporter);
    expect((await grief.get('/api/supporter/requests')).json().offers).toEqual([]);

    const accepted = await willow.client.post(`/api/support-requests/${willow.requestId}/proposal/accept`);
    expect(accepted.json().request.offers[0].status).toBe('pending');
    expect((await grief.get('/api/supporter/requests')).json().offers).toHaveLength(1);
    expect((await willow.client.post(`/api/support-requests/${willow.requestId}/proposal/accept`)).json().code).toBe('no_proposal');

    const other = members.find((m) => m.user.handle !== 'Waiting Willow' && plan.proposals.some((p: { memberId: string }) => p.memberId === m.user.id))!;
    const declined = await other.client.post(`/api/support-requests/${other.requestId}/proposal/decline`);
    expect(declined.json().request.offers[0].status).toBe('withdrawn');
    const next = (await other.client.get(`/api/support-requests/${other.requestId}/suggestions`)).json().suggestions;
    expect(next.map((s: { supporterId: string }) => s.supporterId)).not.toContain(anxietySupporter.id);
  });

  it('refuses an empty confirmation and is for admins only', async () => {
    expect((await admin.post('/api/admin/intake/confirm', { assignments: [] })).json().errors[0]).toMatchObject({ field: 'assignments', code: 'required' });
    expect((await members[0]!.client.get('/api/admin/intake/proposals')).statusCode).toBe(403);
  });
});
