import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, isDatabaseEmpty, seedDemoPeople } from './demo-data.js';
import { buildTestApp, type TestApp } from './test/build-test-app.js';
import { TestClient } from './test/test-client.js';
import { testDialect } from './test/test-database.js';

describe(`demo data on ${testDialect()}`, () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(() => t.close());

  it('fills an empty database with clearly fictional people of every role, through the real flows', async () => {
    expect(await isDatabaseEmpty(t.database.db)).toBe(true);
    await seedDemoPeople(t.app);
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);
    for (const person of DEMO_PEOPLE) {
      expect(person.email).toMatch(/@demo\.kindred\.invalid$/);
      expect(person.handle).toMatch(/^Demo /);
    }

    const admin = new TestClient(t.app);
    expect((await admin.post('/api/auth/sign-in', { email: 'admin@demo.kindred.invalid', password: DEMO_PASSWORD })).statusCode).toBe(200);
    const supporters = (await admin.get('/api/admin/supporters')).json().supporters;
    expect(supporters.map((s: { status: string }) => s.status)).toEqual(['active', 'active', 'active']);
    const roles = new Set((await admin.get('/api/admin/users?limit=100')).json().users.flatMap((u: { roles: string[] }) => u.roles));
    expect([...roles].sort()).toEqual(['admin', 'clinician', 'member', 'supervisor', 'supporter']);

    const member = new TestClient(t.app);
    await member.post('/api/auth/sign-in', { email: 'member@demo.kindred.invalid', password: DEMO_PASSWORD });
    expect((await member.get('/api/me/consents')).json().consents.filter((c: { active: boolean }) => c.active)).toHaveLength(2);
    expect((await member.get('/api/me/profile')).json().profile.topics).toEqual(['postpartum', 'anxiety']);
    const conversations = (await member.get('/api/conversations')).json().conversations;
    expect(conversations.map((c: { kind: string; title: string | null }) => [c.kind, c.title]).sort()).toEqual([['direct', null], ['room', 'Anxiety support']]);
    expect((await member.get('/api/rooms')).json().rooms.map((r: { title: string }) => r.title)).toEqual(['Anxiety support', 'Apoyo en español', 'Night owls']);
    const shifts = (await admin.get('/api/safety/on-call')).json().shifts;
    expect(shifts).toEqual([expect.objectContaining({ handle: 'Demo Supervisor Basil' })]);

    const direct = conversations.find((c: { kind: string }) => c.kind === 'direct');
    const support = (await member.get(`/api/relationships/${direct.relationshipId}/support`)).json();
    expect(support.agreedPlan).toMatchObject({ rule: 'FREQ=WEEKLY;BYDAY=TH', timeZone: 'Europe/London' });
    expect(support.upcoming.length).toBeGreaterThan(4);
    expect((await member.get('/api/me/goals')).json().goals).toEqual([expect.objectContaining({ title: 'Take the bus into town on my own', visibility: 'shared' })]);
    const supervisor = new TestClient(t.app);
    await supervisor.post('/api/auth/sign-in', { email: 'supervisor@demo.kindred.invalid', password: DEMO_PASSWORD });
    expect((await supervisor.get(`/api/relationships/${direct.relationshipId}/notes`)).json().notes).toHaveLength(1);

    // Two fictional groups: online in English every week, in person in Madrid in Spanish every two weeks.
    const linden = new TestClient(t.app);
    await linden.post('/api/auth/sign-in', { email: 'member3@demo.kindred.invalid', password: DEMO_PASSWORD });
    const groups = (await linden.get('/api/groups')).json().groups;
    expect(groups.map((g: { name: string }) => g.name).sort()).toEqual(['Grupo de apoyo mutuo Lavapiés (demo)', 'Thursday evening connection (demo)']);
    const online = groups.find((g: { format: string }) => g.format === 'online');
    expect(online).toMatchObject({ language: 'en', memberCount: 2, myMembership: { status: 'member' }, schedule: { rule: 'FREQ=WEEKLY;BYDAY=TH', weekday: 4 } });
    expect(online.facilitators.map((f: { handle: string }) => f.handle)).toEqual(['Demo Supporter Dahlia', 'Demo Supporter Fern']);
    const inPerson = groups.find((g: { format: string }) => g.format === 'in_person');
    expect(inPerson).toMatchObject({ language: 'es', address: expect.stringContaining('Madrid'), latitude: 40.4087, longitude: -3.7009, memberCount: 1, videoLink: null });
    expect(inPerson.nextMeetingAt).toEqual(expect.any(String));
    expect((await linden.get(`/api/groups/${online.id}/meetings?limit=2`)).json().meetings).toHaveLength(2);
  });
});
