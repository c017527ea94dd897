import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type KindredApp } from '../../app.js';
import { testConfig } from '../../test/build-test-app.js';
import { createSupportPair, createUser, signedInClient, type SupportPair } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import { TestClient } from '../../test/test-client.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database.js';

// Early October in Madrid: summer time, with the clocks going back on 25 October.
const START = new Date('2026-10-01T12:00:00.000Z');
const WEEKLY_TUESDAY = { rule: 'FREQ=WEEKLY;BYDAY=TU', startsLocal: '2026-10-13T18:00', timeZone: 'Europe/Madrid', durationMinutes: 45, meetingMode: 'video', meetingDetail: 'https://meet.example.test/kindred-pair' };

describe(`check-ins on ${testDialect()}`, () => {
  let app: KindredApp;
  let database: TestDatabase;
  let clock: ManualClock;
  let pair: SupportPair;
  const kindsFor = async (client: TestClient) => ((await client.get('/api/notifications')).json().notifications as Array<{ kind: string }>).map((n) => n.kind);

  beforeEach(async () => {
    database = await createTestDatabase();
    clock = new ManualClock(START);
    app = await buildApp(testConfig(), { database, clock });
    pair = await createSupportPair(app, { member: 'Rhythm Member', supporter: 'Rhythm Supporter' });
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  async function agreeWeekly(): Promise<void> {
    const proposed = await pair.member.put(`/api/relationships/${pair.relationshipId}/check-in-plan`, WEEKLY_TUESDAY);
    expect(proposed.statusCode).toBe(201);
    const agreed = await pair.supporter.post(`/api/relationships/${pair.relationshipId}/check-in-plan/${proposed.json().plan.id}/agree`);
    expect(agreed.statusCode).toBe(200);
  }

  it('agrees a weekly rhythm that stays at 18:00 in Madrid across the change of clocks, and both see it', async () => {
    const proposed = await pair.member.put(`/api/relationships/${pair.relationshipId}/check-in-plan`, WEEKLY_TUESDAY);
    expect(proposed.statusCode).toBe(201);
    const plan = proposed.json().plan;
    expect(plan).toMatchObject({ status: 'proposed', proposedBy: 'member', timeZone: 'Europe/Madrid' });
    expect(plan.preview).toEqual(['2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z']);

    const ownAgreement = await pair.member.post(`/api/relationships/${pair.relationshipId}/check-in-plan/${plan.id}/agree`);
    expect(ownAgreement.json()).toMatchObject({ status: 409, code: 'own_proposal' });
    expect(await kindsFor(pair.supporter)).toContain('check_in.plan_proposed');

    const agreed = await pair.supporter.post(`/api/relationships/${pair.relationshipId}/check-in-plan/${plan.id}/agree`);
    expect(agreed.json().plan).toMatchObject({ status: 'agreed' });
    expect(await kindsFor(pair.member)).toContain('check_in.plan_agreed');

    for (const client of [pair.member, pair.supporter]) {
      const summary = (await client.get(`/api/relationships/${pair.relationshipId}/support`)).json();
      expect(summary.agreedPlan).toMatchObject({ rule: 'FREQ=WEEKLY;BYDAY=TU' });
      expect(summary.proposedPlan).toBeNull();
      expect(summary.upcoming.slice(0, 3).map((c: { plannedAt: string }) => c.plannedAt)).toEqual(['2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z']);
    }
  });

  it('names the field for rules that repeat too often or never, and for times already past', async () => {
    const put = (body: object) => pair.member.put(`/api/relationships/${pair.relationshipId}/check-in-plan`, { ...WEEKLY_TUESDAY, ...body });
    const fieldOf = async (body: object) => {
      const response = await put(body);
      expect(response.statusCode).toBe(400);
      return response.json().errors.map((error: { field: string; code: string }) => `${error.field}:${error.code}`);
    };
    expect(await fieldOf({ rule: 'FREQ=HOURLY' })).toEqual(['rule:rule_too_frequent']);
    expect(await fieldOf({ rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31' })).toEqual(['rule:rule_never_occurs']);
    expect(await fieldOf({ startsLocal: '2026-09-01T18:00' })).toEqual(['startsLocal:in_past']);
    expect(await fieldOf({ timeZone: 'Nowhere/Else' })).toEqual(['timeZone:time_zone_unknown']);
    expect(await fieldOf({ meetingMode: 'carrier pigeon' })).toEqual([expect.stringMatching(/^meetingMode:/)]);
    const pastOneOff = await pair.member.post(`/api/relationships/${pair.relationshipId}/check-ins`, { plannedAt: '2026-09-30T10:00:00.000Z', meetingMode: 'chat' });
    expect(pastOneOff.json().errors).toEqual([expect.objectContaining({ field: 'plannedAt', code: 'in_past' })]);
  });

  it('keeps check-ins to the two people in the relationship and their assigned supervisor', async () => {
    const stranger = await signedInClient(app, await createUser(app, { handle: 'Curious Stranger' }));
    expect((await stranger.get(`/api/relationships/${pair.relationshipId}/support`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/relationships/${pair.relationshipId}/notes`, { body: 'Not mine to write' })).statusCode).toBe(404);
    expect((await stranger.put(`/api/relationships/${pair.relationshipId}/check-in-plan`, WEEKLY_TUESDAY)).statusCode).toBe(404);
    const unassigned = await signedInClient(app, await createUser(app, { roles: ['supervisor'] }));
    expect((await unassigned.get(`/api/relationships/${pair.relationshipId}/notes`)).statusCode).toBe(404);
  });

  it('reminds both at their lead time, nudges when nobody marks it, and stores more weeks as time passes', async () => {
    await agreeWeekly();
    clock.advanceMinutes(((new Date('2026-10-13T15:00:00Z').getTime() - START.getTime()) / 60_000));
    await app.kindred.jobs.runDue();
    expect(await kindsFor(pair.member)).toContain('check_in.reminder');
    expect(await kindsFor(pair.supporter)).toContain('check_in.reminder');
    expect((await kindsFor(pair.member)).filter((kind) => kind === 'check_in.reminder')).toHaveLength(1);
    await app.kindred.jobs.runDue();
    expect((await kindsFor(pair.member)).filter((kind) => kind === 'check_in.reminder')).toHaveLength(1);

    clock.advanceMinutes(60 + 45 + 120);
    await app.kindred.jobs.runDue();
    expect(await kindsFor(pair.member)).toContain('check_in.missed');

    const storedUntil = async () => (await database.db.selectFrom('check_ins').select((eb) => eb.fn.max('planned_at').as('last')).executeTakeFirstOrThrow()).last as string;
    const before = await storedUntil();
    clock.advanceMinutes(30 * 24 * 60);
    await app.kindred.jobs.runDue();
    expect(new Date(await storedUntil()).getTime()).toBeGreaterThan(new Date(before).getTime() + 20 * 24 * 3600_000);
  });

  it('marks a check-in with the member’s mood, takes feedback once, and shows supporters only a trend', async () => {
    await agreeWeekly();
    const [first] = (await pair.member.get(`/api/relationships/${pair.relationshipId}/support`)).json().upcoming;
    const early = await pair.member.post(`/api/check-ins/${first.id}/outcome`, { happened: true });
    expect(early.json()).toMatchObject({ status: 409, code: 'check_in_not_started' });

    clock.advanceMinutes(((new Date(first.plannedAt).getTime() - START.getTime()) / 60_000) + 50);
    const supporterMood = await pair.supporter.post(`/api/check-ins/${first.id}/outcome`, { happened: true, mood: 4 });
    expect(supporterMood.json().errors).toEqual([expect.objectContaining({ field: 'mood', code: 'member_only' })]);
    const marked = await pair.member.post(`/api/check-ins/${first.id}/outcome`, { happened: true, mood: 4, moodWords: 'lighter than last week', talkedAbout: 'Walking again' });
    expect(marked.json()).toMatchObject({ checkIn: { status: 'happened', markedBy: 'member', mood: 4, moodWords: 'lighter than last week' }, supportCard: null });
    expect(await kindsFor(pair.member)).toContain('feedback.requested');

    const answers = { feltHeard: 5, workedOnWhatIWanted: 4, wayWeTalkedSuitedMe: 5, overall: 5 };
    expect((await pair.supporter.post(`/api/check-ins/${first.id}/feedback`, answers)).statusCode).toBe(403);
    expect((await pair.member.post(`/api/check-ins/${first.id}/feedback`, answers)).statusCode).toBe(204);
    expect((await pair.member.post(`/api/check-ins/${first.id}/feedback`, answers)).json()).toMatchObject({ status: 409, code: 'feedback_given' });
    expect((await pair.member.post(`/api/check-ins/${first.id}/feedback`, { ...answers, overall: 9 })).json().errors).toEqual([expect.objectContaining({ field: 'overall' })]);

    const trend = (await pair.supporter.get('/api/me/feedback-trend')).json();
    expect(trend).toMatchObject({ minimumAnswers: 3, months: [], answersNotShown: 1 });
  });

  it('gives a member a support card when their check-in words worry, and tells their supporter', async () => {
    await agreeWeekly();
    const [first] = (await pair.member.get(`/api/relationships/${pair.relationshipId}/support`)).json().upcoming;
    clock.advanceMinutes(((new Date(first.plannedAt).getTime() - START.getTime()) / 60_000) + 50);
    const marked = await pair.member.post(`/api/check-ins/${first.id}/outcome`, { happened: true, mood: 1, moodWords: 'honestly I wish I could go to sleep and never wake up' });
    expect(marked.json().supportCard).toMatchObject({ level: 'concern' });
    const concerns = (await pair.supporter.get('/api/safety/concerns')).json().concerns;
    expect(concerns).toEqual([expect.objectContaining({ source: 'check_in', conversationId: null, authorHandle: 'Rhythm Member' })]);
  });

  it('keeps session notes private to the supporter and their supervisor (audited) until shared, and screens them', async () => {
    const admin = await signedInClient(app, await createUser(app, { roles: ['admin'] }));
    const supervisorUser = await createUser(app, { roles: ['supervisor'], handle: 'Note Supervisor' });
    const supervisor = await signedInClient(app, supervisorUser);
    expect((await admin.post('/api/admin/supervision', { supporterId: pair.supporterUser.id, supervisorId: supervisorUser.id })).statusCode).toBe(204);
    expect((await admin.post('/api/admin/supervision', { supporterId: pair.memberUser.id, supervisorId: supervisorUser.id })).json().errors)
      .toEqual([expect.objectContaining({ field: 'supporterId', code: 'not_a_supporter' })]);

    const written = await pair.supporter.post(`/api/relationships/${pair.relationshipId}/notes`, { body: 'Talked about sleep routines.' });
    expect(written.statusCode).toBe(201);
    expect((await pair.member.post(`/api/relationships/${pair.relationshipId}/notes`, { body: 'Members do not write notes' })).statusCode).toBe(403);
    expect((await pair.member.get(`/api/relationships/${pair.relationshipId}/notes`)).json().notes).toEqual([]);
    expect((await supervisor.get(`/api/relationships/${pair.relationshipId}/notes`)).json().notes).toEqual([expect.objectContaining({ body: 'Talked about sleep routines.' })]);
    const audit = await database.db.selectFrom('audit_log').select(['actor_id', 'subject_id']).where('action', '=', 'session_notes.read').execute();
    expect(audit).toEqual([{ actor_id: supervisorUser.id, subject_id: pair.relationshipId }]);

    await pair.supporter.patch(`/api/notes/${written.json().note.id}`, { sharedWithMember: true });
    expect((await pair.member.get(`/api/relationships/${pair.relationshipId}/notes`)).json().notes).toEqual([expect.objectContaining({ sharedWithMember: true })]);
    expect(await kindsFor(pair.member)).toContain('session_note.shared');
    expect((await pair.member.patch(`/api/notes/${written.json().note.id}`, { body: 'Rewritten by the member' })).statusCode).toBe(403);

    await admin.post('/api/admin/on-call', { userId: supervisorUser.id, startsAt: new Date(START.getTime() - 60_000).toISOString(), endsAt: new Date(START.getTime() + 3600_000).toISOString() });
    await pair.supporter.post(`/api/relationships/${pair.relationshipId}/notes`, { body: 'She told me the pills are counted out and she will take them all tonight.' });
    const alerts = (await supervisor.get('/api/safety/alerts')).json().alerts;
    expect(alerts).toEqual([expect.objectContaining({ reason: 'urgent_text', member: expect.objectContaining({ handle: 'Rhythm Member' }), message: expect.objectContaining({ source: 'session_note' }) })]);
  });

  it('publishes a private calendar feed that an independent parser reads, and stops it when revoked', async () => {
    await agreeWeekly();
    const created = await pair.supporter.post('/api/me/calendar-feed');
    expect(created.statusCode).toBe(201);
    const path = new URL(created.json().url).pathname;
    expect((await pair.supporter.get('/api/me/calendar-feed')).json()).toEqual({ active: true, createdAt: expect.any(String) });

    const feed = await new TestClient(app).get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.slice(0, 3).map((event) => [event.summary, event.startDate.toJSDate().toISOString()])).toEqual([
      ['Check-in with Rhythm Member', '2026-10-13T16:00:00.000Z'],
      ['Check-in with Rhythm Member', '2026-10-20T16:00:00.000Z'],
      ['Check-in with Rhythm Member', '2026-10-27T17:00:00.000Z'],
    ]);

    await pair.supporter.post('/api/me/calendar-feed');
    expect((await new TestClient(app).get(path)).statusCode).toBe(404);
    expect((await new TestClient(app).get('/calendar/not-a-token.ics')).statusCode).toBe(400);
  });

  it('stops meetings and reminders when the relationship ends, and tells the other person', async () => {
    await agreeWeekly();
    const ended = await pair.member.post(`/api/relationships/${pair.relationshipId}/end`, { reason: 'I feel ready to go on my own' });
    expect(ended.statusCode).toBe(200);
    expect(await kindsFor(pair.supporter)).toContain('relationship.ended');
    const summary = (await pair.supporter.get(`/api/relationships/${pair.relationshipId}/support`)).json();
    expect(summary).toMatchObject({ status: 'ended', upcoming: [], agreedPlan: null });
    // Past the first meeting's reminder time (sessions stay alive: 13 days is inside their idle limit).
    clock.advanceMinutes(13 * 24 * 60);
    await app.kindred.jobs.runDue();
    expect(await kindsFor(pair.member)).not.toContain('check_in.reminder');
    expect((await pair.member.post(`/api/relationships/${pair.relationshipId}/check-ins`, { plannedAt: '2026-12-01T10:00:00.000Z', meetingMode: 'chat' })).json())
      .toMatchObject({ status: 409, code: 'relationship_ended' });
    expect((await pair.member.post(`/api/relationships/${pair.relationshipId}/closing-note`, { note: 'Thank you for the walks and the patience.' })).statusCode).toBe(201);
    expect((await pair.member.post(`/api/relationships/${pair.relationshipId}/closing-note`, { note: 'Twice' })).json()).toMatchObject({ code: 'closing_note_written' });
    const after = (await pair.supporter.get(`/api/relationships/${pair.relationshipId}/support`)).json();
    expect(after.closingNotes).toEqual([expect.objectContaining({ authorRole: 'member', note: 'Thank you for the walks and the patience.' })]);
  });
});
