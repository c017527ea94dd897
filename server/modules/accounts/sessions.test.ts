import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`sign-in and sessions on ${testDialect()}`, () => {
  let t: TestApp;
  let clock: ManualClock;
  let member: TestUser;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await buildTestApp({ clock });
    member = await createUser(t.app);
  });
  afterEach(() => t.close());

  it('signs in with the right password (email in any case) and refuses a wrong one with 401 and no cookie', async () => {
    const client = new TestClient(t.app);
    const wrong = await client.post('/api/auth/sign-in', { email: member.email, password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(client.cookie('kindred_session')).toBeUndefined();

    const unknown = await client.post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'whatever-it-is' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);

    const right = await client.post('/api/auth/sign-in', { email: member.email.toUpperCase(), password: member.password });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.id).toBe(member.id);
    expect((await client.get('/api/me')).statusCode).toBe(200);
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const client = await signedInClient(t.app, member);
    const token = client.cookie('kindred_session')!;
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect(client.cookie('kindred_session')).toBeUndefined();
    const replay = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { kindred_session: token } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('unauthenticated');
  });

  it('lists own sessions marking this one, and revokes another', async () => {
    const laptop = await signedInClient(t.app, member, { userAgent: 'Laptop browser' });
    const phone = await signedInClient(t.app, member, { userAgent: 'Phone browser' });
    const listed = (await laptop.get('/api/me/sessions')).json().sessions;
    expect(listed).toHaveLength(2);
    const phoneSession = listed.find((s: { userAgent: string }) => s.userAgent === 'Phone browser');
    expect(listed.find((s: { current: boolean }) => s.current).userAgent).toBe('Laptop browser');

    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/me')).statusCode).toBe(200);
    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).statusCode).toBe(404);
  });

  it("cannot see or revoke someone else's session, whatever the role", async () => {
    const admin = await createUser(t.app, { roles: ['admin'] });
    const adminClient = await signedInClient(t.app, admin);
    const memberClient = await signedInClient(t.app, member);
    const memberSession = (await memberClient.get('/api/me/sessions')).json().sessions[0];
    expect((await adminClient.get('/api/me/sessions')).json().sessions.map((s: { id: string }) => s.id)).not.toContain(memberSession.id);
    expect((await adminClient.delete(`/api/me/sessions/${memberSession.id}`)).statusCode).toBe(404);
    expect((await memberClient.get('/api/me')).statusCode).toBe(200);
  });

  it('signs out everywhere, including this browser', async () => {
    const first = await signedInClient(t.app, member);
    const second = await signedInClient(t.app, member);
    expect((await first.post('/api/auth/sign-out-everywhere')).statusCode).toBe(204);
    expect((await first.get('/api/me')).statusCode).toBe(401);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'session.revoked_all').execute();
    expect(audit).toEqual([{ action: 'session.revoked_all', details: JSON.stringify({ revoked: 2 }) }]);
  });

  it('changing the password revokes every other session and keeps this browser signed in', async () => {
    const here = await signedInClient(t.app, member);
    const elsewhere = await signedInClient(t.app, member);
    const newPassword = 'amber-fjord-whistles-81';

    const wrongCurrent = await here.post('/api/me/password', { currentPassword: 'nope-nope-nope', newPassword });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'current_password_wrong' })]);

    const weak = await here.post('/api/me/password', { currentPassword: member.password, newPassword: 'password123' });
    expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'password_weak' })]);

    expect((await here.post('/api/me/password', { currentPassword: member.password, newPassword })).statusCode).toBe(204);
    expect((await here.get('/api/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);

    const fresh = new TestClient(t.app);
    expect((await fresh.post('/api/auth/sign-in', { email: member.email, password: member.password })).statusCode).toBe(401);
    expect((await fresh.post('/api/auth/sign-in', { email: member.email, password: newPassword })).statusCode).toBe(200);
  });

  it('expires member sessions after 14 idle days and staff sessions after 30 idle minutes', async () => {
    const supervisor = await createUser(t.app, { roles: ['supervisor'] });
    const memberClient = await signedInClient(t.app, member);
    const staffClient = await signedInClient(t.app, supervisor);

    clock.advanceMinutes(29);
    expect((await staffClient.get('/api/me')).statusCode).toBe(200);
    clock.advanceMinutes(29);
    expect((await staffClient.get('/api/me')).statusCode).toBe(200);
    clock.advanceMinutes(31);
    expect((await staffClient.get('/api/me')).statusCode).toBe(401);

    clock.advanceMinutes(13 * 24 * 60);
    expect((await memberClient.get('/api/me')).statusCode).toBe(200);
    clock.advanceMinutes(14 * 24 * 60 + 1);
    expect((await memberClient.get('/api/me')).statusCode).toBe(401);
  });

  it('shortens the idle limit as soon as a member is granted a staff role', async () => {
    const memberClient = await signedInClient(t.app, member);
    clock.advanceMinutes(40);
    expect((await memberClient.get('/api/me')).statusCode).toBe(200);
    await t.database.db.insertInto('user_roles').values({ user_id: member.id, role: 'admin', granted_by: null, granted_at: clock.now().toISOString() }).execute();
    clock.advanceMinutes(31);
    expect((await memberClient.get('/api/me')).statusCode).toBe(401);
  });

  it('ends every session at the absolute limit even when in constant use', async () => {
    const client = await signedInClient(t.app, member);
    for (let day = 0; day < 29; day += 1) {
      clock.advanceMinutes(24 * 60);
      expect((await client.get('/api/me')).statusCode).toBe(200);
    }
    clock.advanceMinutes(24 * 60);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('remembers the language preference', async () => {
    const client = await signedInClient(t.app, member);
    const updated = await client.put('/api/me/preferences', { locale: 'es' });
    expect(updated.json().user.locale).toBe('es');
    expect((await client.put('/api/me/preferences', { locale: 'fr' })).json().errors[0].field).toBe('locale');
    expect((await client.get('/api/me')).json().user.locale).toBe('es');
  });
});
