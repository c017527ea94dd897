import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient, type TestUser } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`roles and the audit log on ${testDialect()}`, () => {
  let t: TestApp;
  let admin: TestUser;
  let adminClient: TestClient;
  let member: TestUser;
  beforeEach(async () => {
    t = await buildTestApp();
    admin = await createUser(t.app, { roles: ['admin'], handle: 'Admin Aster' });
    member = await createUser(t.app, { handle: 'Member Birch', email: 'birch@example.test' });
    adminClient = await signedInClient(t.app, admin);
  });
  afterEach(() => t.close());

  it('grants and revokes roles; the person holds them at once', async () => {
    const memberClient = await signedInClient(t.app, member);
    const granted = await adminClient.put(`/api/admin/users/${member.id}/roles/supporter`);
    expect(granted.statusCode).toBe(200);
    expect(granted.json().user.roles).toEqual(['member', 'supporter']);
    expect((await memberClient.get('/api/me')).json().user.roles).toEqual(['member', 'supporter']);

    const again = await adminClient.put(`/api/admin/users/${member.id}/roles/supporter`);
    expect(again.json().user.roles).toEqual(['member', 'supporter']);

    const revoked = await adminClient.delete(`/api/admin/users/${member.id}/roles/supporter`);
    expect(revoked.json().user.roles).toEqual(['member']);

    const actions = await t.database.db.selectFrom('audit_log').select(['action', 'actor_id', 'subject_id', 'details'])
      .where('action', 'like', 'role.%').orderBy('id').execute();
    expect(actions).toEqual([
      { action: 'role.granted', actor_id: admin.id, subject_id: member.id, details: JSON.stringify({ role: 'supporter' }) },
      { action: 'role.revoked', actor_id: admin.id, subject_id: member.id, details: JSON.stringify({ role: 'supporter' }) },
    ]);
  });

  it('refuses unknown roles and users clearly', async () => {
    const badRole = await adminClient.put(`/api/admin/users/${member.id}/roles/overlord`);
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0].field).toBe('role');
    expect((await adminClient.put('/api/admin/users/nobody/roles/supporter')).statusCode).toBe(404);
  });

  it('keeps the last admin and every member role', async () => {
    const lastAdmin = await adminClient.delete(`/api/admin/users/${admin.id}/roles/admin`);
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().code).toBe('last_admin');
    expect((await adminClient.delete(`/api/admin/users/${member.id}/roles/member`)).json().code).toBe('member_role_permanent');

    await adminClient.put(`/api/admin/users/${member.id}/roles/admin`);
    expect((await adminClient.delete(`/api/admin/users/${admin.id}/roles/admin`)).statusCode).toBe(200);
  });

  it('finds users by email or handle and audits that staff looked, without keeping the search text', async () => {
    const found = await adminClient.get('/api/admin/users?search=BIRCH');
    expect(found.json().users).toEqual([expect.objectContaining({ id: member.id, handle: 'Member Birch', roles: ['member'] })]);
    expect(found.json().users[0]).not.toHaveProperty('passwordHash');
    expect((await adminClient.get('/api/admin/users?search=r_b')).json().users).toEqual([]);
    expect((await adminClient.get('/api/admin/users?search=r%20b')).json().users).toHaveLength(1);
    const viewed = await t.database.db.selectFrom('audit_log').select(['actor_id', 'details']).where('action', '=', 'admin.users_viewed').execute();
    expect(viewed).toEqual([
      { actor_id: admin.id, details: JSON.stringify({ searched: true, count: 1 }) },
      { actor_id: admin.id, details: JSON.stringify({ searched: true, count: 0 }) },
      { actor_id: admin.id, details: JSON.stringify({ searched: true, count: 1 }) },
    ]);
  });

  it('lists the audit log newest first, filtered, in pages', async () => {
    for (const role of ['supporter', 'clinician', 'supervisor'] as const) {
      await adminClient.put(`/api/admin/users/${member.id}/roles/${role}`);
    }
    const firstPage = (await adminClient.get('/api/admin/audit?action=role.granted&limit=2')).json();
    expect(firstPage.entries.map((e: { details: { role: string } }) => e.details.role)).toEqual(['supervisor', 'clinician']);
    expect(firstPage.entries[0]).toMatchObject({ actorId: admin.id, actorHandle: 'Admin Aster', subjectId: member.id });
    expect(firstPage.nextBefore).toBeTruthy();

    const secondPage = (await adminClient.get(`/api/admin/audit?action=role.granted&limit=2&before=${firstPage.nextBefore}`)).json();
    expect(secondPage.entries.map((e: { details: { role: string } }) => e.details.role)).toEqual(['supporter']);
    expect(secondPage.nextBefore).toBeNull();

    const byActor = (await adminClient.get(`/api/admin/audit?actorId=${member.id}`)).json();
    expect(byActor.entries.map((e: { action: string }) => e.action)).toEqual(['account.registered']);

    const roleEvents = (await adminClient.get('/api/admin/audit?action=ROLE.')).json();
    expect(roleEvents.entries.map((e: { action: string }) => e.action)).toEqual(['role.granted', 'role.granted', 'role.granted']);

    const future = (await adminClient.get('/api/admin/audit?from=2999-01-01T00:00:00Z')).json();
    expect(future.entries).toEqual([]);
    expect((await adminClient.get('/api/admin/audit?from=yesterday')).json().errors[0].field).toBe('from');
  });
});
