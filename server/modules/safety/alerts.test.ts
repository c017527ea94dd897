import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createRoomWithMembers, createSupportPair, createUser, signedInClient, type SupportPair, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const URGENT = 'I have the pills counted out and I am going to take them all tonight.';
const CONCERN = 'Lately I keep wishing I could just go to sleep and not wake up.';
const ORDINARY = 'Had a good walk by the river today, feeling a bit calmer.';

describe(`safety actions on ${testDialect()}`, () => {
  let t: TestApp;
  let clock: ManualClock;
  let pair: SupportPair;
  let admin: TestClient;
  let adminUser: TestUser;
  let supervisors: Array<{ user: TestUser; client: TestClient }>;
  let sequence = 0;
  const say = (client: TestClient, conversationId: string, body: string) =>
    client.post(`/api/conversations/${conversationId}/messages`, { clientId: `safety-${(sequence += 1)}-message`, body });
  const shift = (userId: string, position: number) =>
    admin.post('/api/admin/on-call', { userId, startsAt: clock.now().toISOString(), endsAt: new Date(clock.now().getTime() + 8 * 3600_000).toISOString(), position });

  beforeEach(async () => {
    clock = new ManualClock();
    t = await buildTestApp({ clock, env: { SAFETY_ACK_MINUTES: '5' } });
    adminUser = await createUser(t.app, { roles: ['admin'], handle: 'Safety Admin' });
    admin = await signedInClient(t.app, adminUser);
    supervisors = [];
    for (const handle of ['First Watch', 'Second Watch']) {
      const user = await createUser(t.app, { roles: ['supervisor'], handle });
      supervisors.push({ user, client: await signedInClient(t.app, user) });
    }
    pair = await createSupportPair(t.app, { member: 'Safety Member', supporter: 'Safety Supporter' });
    await pair.member.put('/api/me/profile', { handle: 'Safety Member', country: 'ES', languages: ['es', 'en'] });
  });
  afterEach(() => t.close());

  it('answers urgent words at once: a support card for the author, the message to the supporter, a concern notice and an alert on call', async () => {
    await shift(supervisors[0]!.user.id, 1);
    const sent = await say(pair.member, pair.conversationId, URGENT);
    expect(sent.statusCode).toBe(201);
    const { message, supportCard } = sent.json();
    expect(message.status).toBe('visible');
    expect(supportCard).toMatchObject({ level: 'urgent', hasSafetyPlan: false, talkNowAvailable: true });
    expect(supportCard.crisisLines.map((line: { phone: string | null }) => line.phone)).toEqual(['024', '112', null]);

    expect((await pair.supporter.get(`/api/conversations/${pair.conversationId}/messages`)).json().messages[0].body).toBe(URGENT);
    const [concern] = (await pair.supporter.get('/api/safety/concerns')).json().concerns;
    expect(concern).toMatchObject({ level: 'urgent', messageId: message.id, authorHandle: 'Safety Member', body: URGENT });
    expect(concern.signals.length).toBeGreaterThan(0);

    const [alert] = (await supervisors[0]!.client.get('/api/safety/alerts')).json().alerts;
    expect(alert).toMatchObject({ reason: 'urgent_message', status: 'open', member: { handle: 'Safety Member' }, message: { id: message.id, body: URGENT } });
    expect(alert.events[0]).toMatchObject({ kind: 'opened', notifiedHandles: ['First Watch'] });
    const assessment = await t.database.db.selectFrom('risk_assessments').select(['level', 'rules_version']).executeTakeFirstOrThrow();
    expect(assessment.level).toBe('urgent');
    expect(assessment.rules_version).toMatch(/\S/);
  });

  it('tells the supporter of concern without raising an alert, and leaves ordinary words alone', async () => {
    const concern = (await say(pair.member, pair.conversationId, CONCERN)).json();
    expect(concern.supportCard.level).toBe('concern');
    expect((await pair.supporter.get('/api/safety/concerns')).json().concerns).toEqual([expect.objectContaining({ level: 'concern' })]);
    expect((await admin.get('/api/safety/alerts')).json().alerts).toEqual([]);
    expect((await say(pair.member, pair.conversationId, ORDINARY)).json().supportCard).toBeNull();
    expect(await t.database.db.selectFrom('risk_assessments').select('id').execute()).toHaveLength(1);
    expect((await pair.member.get('/api/safety/concerns')).json().concerns).toEqual([]);
  });

  it('holds urgent words in a room until a moderator releases them, while the author still sees them', async () => {
    const room = await createRoomWithMembers(t.app, 2);
    const [author, other] = room.members;
    const held = (await say(author!.client, room.roomId, URGENT)).json();
    expect(held.message).toMatchObject({ status: 'held', heldReason: 'safety', body: URGENT });
    expect(held.supportCard.level).toBe('urgent');
    expect((await other!.client.get(`/api/conversations/${room.roomId}/messages`)).json().messages[0]).toMatchObject({ status: 'held', body: '' });
    expect((await room.moderator.get('/api/safety/concerns')).json().concerns[0]).toMatchObject({ body: URGENT });
    expect((await room.moderator.get(`/api/conversations/${room.roomId}/messages`)).json().messages[0]).toMatchObject({ status: 'held', heldReason: 'safety', body: URGENT });

    expect((await other!.client.post(`/api/conversations/${room.roomId}/messages/${held.message.id}/release`)).statusCode).toBe(403);
    const released = await room.moderator.post(`/api/conversations/${room.roomId}/messages/${held.message.id}/release`);
    expect(released.json().message).toMatchObject({ status: 'visible', heldReason: null });
    expect((await other!.client.get(`/api/conversations/${room.roomId}/messages`)).json().messages[0].body).toBe(URGENT);
    expect((await room.moderator.post(`/api/conversations/${room.roomId}/messages/${held.message.id}/release`)).json().code).toBe('message_not_held');
  });

  it('escalates an unacknowledged alert down the rota and then to every admin, once per step', async () => {
    await shift(supervisors[0]!.user.id, 1);
    await shift(supervisors[1]!.user.id, 2);
    await say(pair.member, pair.conversationId, URGENT);
    const escalate = () => t.app.kindred.safety.alerts.escalateDue();

    expect(await escalate()).toBe(0);
    clock.advanceMinutes(5);
    expect((await Promise.all([escalate(), escalate()])).reduce((a, b) => a + b, 0)).toBe(1);
    clock.advanceMinutes(5);
    expect(await escalate()).toBe(1);
    clock.advanceMinutes(30);
    expect(await escalate()).toBe(0);

    // Staff sessions lapse after 30 idle minutes, so the admin signs in again to look.
    const [alert] = (await (await signedInClient(t.app, adminUser)).get('/api/safety/alerts')).json().alerts;
    const admins = await t.database.db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('users.handle').where('role', '=', 'admin').execute();
    expect(alert.events.map((e: { kind: string; notifiedHandles: string[] }) => [e.kind, [...e.notifiedHandles].sort()])).toEqual([
      ['opened', ['First Watch']], ['escalated', ['Second Watch']], ['escalated', admins.map((a) => a.handle).sort()],
    ]);
    expect(admins.map((a) => a.handle)).toContain('Safety Admin');
    expect(alert).toMatchObject({ escalationStep: 2, escalateAt: null });
  });

  it('is acknowledged, acted on and resolved by the safety team, each step audited, and stops escalating', async () => {
    await shift(supervisors[0]!.user.id, 1);
    await say(pair.member, pair.conversationId, URGENT);
    const [{ id }] = (await supervisors[0]!.client.get('/api/safety/alerts')).json().alerts;
    expect((await pair.supporter.get('/api/safety/alerts')).statusCode).toBe(403);

    const acknowledged = await supervisors[0]!.client.post(`/api/safety/alerts/${id}/acknowledge`);
    expect(acknowledged.json().alert).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'First Watch', escalateAt: null });
    expect((await supervisors[1]!.client.post(`/api/safety/alerts/${id}/acknowledge`)).json().code).toBe('alert_moved_on');
    clock.advanceMinutes(10);
    expect(await t.app.kindred.safety.alerts.escalateDue()).toBe(0);

    expect((await supervisors[0]!.client.post(`/api/safety/alerts/${id}/actions`, { note: '' })).json().errors[0]).toMatchObject({ field: 'note' });
    await supervisors[0]!.client.post(`/api/safety/alerts/${id}/actions`, { note: 'Called the member; they are with their sister now.' });
    const resolved = await supervisors[0]!.client.post(`/api/safety/alerts/${id}/resolve`, { note: 'Safe tonight; supporter will check in tomorrow.' });
    expect(resolved.json().alert).toMatchObject({ status: 'resolved', resolvedBy: 'First Watch', resolutionNote: 'Safe tonight; supporter will check in tomorrow.' });
    expect((await supervisors[0]!.client.get('/api/safety/alerts')).json().alerts).toEqual([]);
    expect((await supervisors[0]!.client.get('/api/safety/alerts?status=resolved')).json().alerts).toHaveLength(1);

    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'safety_alert.%').execute();
    expect(new Set(audit.map((row) => row.action))).toEqual(new Set(['safety_alert.listed', 'safety_alert.acknowledged', 'safety_alert.action', 'safety_alert.resolved']));
  });

  it('lets anyone ask to talk to someone now, reaching every supervisor when nobody is on the rota', async () => {
    const response = await pair.member.post('/api/safety/talk-now', { note: 'Can someone talk to me please' });
    expect(response.json()).toEqual({ reachable: true });
    const [alert] = (await admin.get('/api/safety/alerts')).json().alerts;
    expect(alert).toMatchObject({ reason: 'talk_now', member: { handle: 'Safety Member' }, message: null });
    expect(alert.events[0]).toMatchObject({ kind: 'opened', note: 'Can someone talk to me please' });
    expect([...alert.events[0].notifiedHandles].sort()).toEqual(['First Watch', 'Second Watch']);
    const card = (await pair.member.get('/api/safety/support-card')).json().card;
    expect(card.crisisLines.map((line: { phone: string | null }) => line.phone)).toEqual(['024', '112', null]);
  });

  it('names what is wrong with an on-call shift', async () => {
    const notSupervisor = await shift(pair.supporterUser.id, 1);
    expect(notSupervisor.json().errors[0]).toMatchObject({ field: 'userId', code: 'not_a_supervisor' });
    const backwards = await admin.post('/api/admin/on-call', { userId: supervisors[0]!.user.id, startsAt: '2026-11-22T14:00:00Z', endsAt: '2026-11-22T13:00:00Z' });
    expect(backwards.json().errors[0]).toMatchObject({ field: 'endsAt', code: 'shift_ends_before_start' });
    const past = await admin.post('/api/admin/on-call', { userId: supervisors[0]!.user.id, startsAt: '2026-11-21T08:00:00Z', endsAt: '2026-11-21T09:00:00Z' });
    expect(past.json().errors[0]).toMatchObject({ field: 'endsAt', code: 'shift_in_past' });
    const added = (await shift(supervisors[0]!.user.id, 1)).json().shift;
    expect((await supervisors[1]!.client.get('/api/safety/on-call')).json().shifts).toEqual([expect.objectContaining({ handle: 'First Watch' })]);
    expect((await admin.delete(`/api/admin/on-call/${added.id}`)).statusCode).toBe(204);
  });
});
