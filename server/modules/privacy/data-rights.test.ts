import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { throttleKeys } from '../../platform/auth/sign-in-throttle.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

/** Tables that by design hold nothing about any person. */
const TABLES_WITHOUT_PERSONAL_DATA = [
  'crisis_lines', 'conversations',
  // Jobs hold only record ids and timing; the one kind that names a person (the weekly digest) is erased with them.
  'jobs',
];
const PASSWORD = 'harbour-finch-quartz-58';

/** Every row of every table as text, keyed by table, so nothing can hide from the checks below. */
async function dumpAllTables(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.database.db.introspection.getTables();
  const dump: Record<string, string> = {};
  for (const table of tables) {
    const rows = await t.database.db.selectFrom(table.name as never).selectAll().execute();
    dump[table.name] = JSON.stringify(rows);
  }
  return dump;
}

describe(`export and deletion on ${testDialect()}`, () => {
  let t: TestApp;
  let rowan: TestClient;
  let rowanId: string;
  let otherAdmin: TestClient;
  let third: TestUser;
  let supporter: TestUser;
  const identifying = () => ['Rowan is worried', rowanId, 'rowan@example.test', throttleKeys.account('rowan@example.test'), 'Rowan Redwood', 'Rowanna', 'Heron Watching Unique', 'Rowan recovered from panic', 'Rowan wants to give back', 'Rowan would like a listener', 'Rowan walks the seawall'];

  beforeEach(async () => {
    t = await buildTestApp();
    rowan = new TestClient(t.app, { userAgent: 'Rowan laptop' });
    const registered = await rowan.post('/api/auth/register', { acceptTerms: true, email: 'rowan@example.test', password: PASSWORD, handle: 'Rowan Redwood' });
    rowanId = registered.json().user.id;
    otherAdmin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    third = await createUser(t.app, { handle: 'Third Thistle' });

    await rowan.put('/api/me/profile', {
      handle: 'Rowan Redwood', firstName: 'Rowanna', interests: ['Heron Watching Unique'], topics: ['anxiety'], languages: ['en'], meetingModes: ['text'],
      availability: [{ day: 4, start: '10:00', end: '11:00' }],
    });
    await rowan.post('/api/me/consents/evaluation', { version: '2026-11-22' });
    const application = await rowan.post('/api/me/supporter-application', { story: 'Rowan recovered from panic', motivation: 'Rowan wants to give back', supportTopics: ['anxiety'] });
    await otherAdmin.post(`/api/admin/supporter-applications/${application.json().application.id}/approve`, {});
    await otherAdmin.put(`/api/admin/users/${rowanId}/roles/admin`);

    // Rowan as an admin leaves traces on other people's records too.
    await rowan.post('/api/admin/topics', { key: 'rowan_topic', labelEn: 'Added by an admin', labelEs: 'Añadido' });
    const thirdClient = await signedInClient(t.app, third);
    const thirdApplication = await thirdClient.post('/api/me/supporter-application', { story: 'Third story', motivation: 'Third motivation', supportTopics: ['depression'] });
    await rowan.post(`/api/admin/supporter-applications/${thirdApplication.json().application.id}/approve`, {});
    await rowan.put(`/api/admin/users/${third.id}/roles/clinician`);
    await rowan.get(`/api/profiles/${third.id}`);
    await rowan.post('/api/me/blocks', { handle: 'Third Thistle' });
    await thirdClient.post('/api/me/blocks', { handle: 'Rowan Redwood' });
    await new TestClient(t.app).post('/api/auth/sign-in', { email: 'rowan@example.test', password: 'a-wrong-guess' });

    // Rowan asks for support and is matched; as an admin Rowan also tunes the matching weights.
    supporter = await createActiveSupporter(t.app, { handle: 'Steady Sage' });
    const request = await rowan.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'], note: 'Rowan would like a listener' });
    const offer = await rowan.post(`/api/support-requests/${request.json().request.id}/choose`, { supporterId: supporter.id });
    await (await signedInClient(t.app, supporter)).post(`/api/supporter/requests/${offer.json().offer.id}/accept`);
    const conversation = (await rowan.get('/api/conversations')).json().conversations[0];
    await rowan.post(`/api/conversations/${conversation.id}/messages`, { clientId: 'rowan-message-1', body: 'Thank you for listening.' });
    await rowan.put('/api/admin/matching/weights', (await rowan.get('/api/admin/matching/weights')).json());

    // Rowan keeps a safety plan and shares it with their supporter.
    await rowan.put('/api/me/safety-plan', { copingOnMyOwn: ['Rowan walks the seawall'] });
    await rowan.post('/api/me/safety-plan/shares', { supporterId: supporter.id });

    // Rowan shares a recovery goal with a step, and writes a progress update on it.
    const goal = (await rowan.post('/api/me/goals', { title: 'Rowan swims on Sundays', steps: ['Rowan packs a towel'], visibility: 'shared' })).json().goal;
    await rowan.post(`/api/goals/${goal.id}/updates`, { note: 'Rowan swam twice this week' });

    // As an admin and moderator Rowan runs a room; as a member Rowan invites someone to talk privately.
    const room = (await rowan.post('/api/admin/rooms', { title: 'Rowan room', agreement: 'Be kind and keep what is shared here.', memberCap: 10 })).json().room;
    await rowan.post(`/api/admin/rooms/${room.id}/moderators`, { userId: rowanId });
    const guest = await signedInClient(t.app, await createUser(t.app, { handle: 'Room Guest' }));
    await guest.post(`/api/rooms/${room.id}/join`, { agreementVersion: 1 });
    const guestMessage = (await guest.post(`/api/conversations/${room.id}/messages`, { clientId: 'guest-message-1', body: 'Off-topic words' })).json().message;
    await rowan.post(`/api/conversations/${room.id}/messages/${guestMessage.id}/hide`, { reason: 'Off topic for this room' });
    const guest2 = await signedInClient(t.app, await createUser(t.app, { handle: 'Second Guest' }));
    await guest2.post(`/api/rooms/${room.id}/join`, { agreementVersion: 1 });
    const guestUser = (await rowan.get(`/api/rooms/${room.id}/members`)).json().members.find((m: { handle: string }) => m.handle === 'Room Guest');
    await rowan.post(`/api/rooms/${room.id}/members/${guestUser.userId}/remove`, { reason: 'Asked to take a break' });
    await rowan.post('/api/chat-invitations', { handle: 'Steady Sage' });

    // Safety: Rowan is on call, writes urgent words (an assessment and an alert), acts on the alert, and
    // as a moderator is told of another member's words of concern.
    await otherAdmin.put(`/api/admin/users/${rowanId}/roles/supervisor`);
    await otherAdmin.post('/api/admin/on-call', { userId: rowanId, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    await rowan.post(`/api/conversations/${conversation.id}/messages`, { clientId: 'rowan-message-2', body: 'I have the pills counted out and I am going to take them all tonight.' });
    const [alert] = (await rowan.get('/api/safety/alerts')).json().alerts;
    await rowan.post(`/api/safety/alerts/${alert.id}/acknowledge`);
    const worrying = (await guest2.post(`/api/conversations/${room.id}/messages`, { clientId: 'guest2-message-1', body: 'Lately I keep wishing I could just go to sleep and not wake up.' })).json().message;

    // Reports: Rowan reports and decides; someone reports Rowan, who is warned.
    const rowansReport = (await rowan.post('/api/reports', { subjectType: 'message', conversationId: room.id, messageId: worrying.id, reason: 'worried_about_them', details: 'Rowan is worried' })).json().report;
    await rowan.post(`/api/moderation/reports/${rowansReport.id}/decision`, { outcome: 'dismissed', note: 'Handled as a concern instead.' });
    const aboutRowan = (await guest2.post('/api/reports', { subjectType: 'user', userId: rowanId, reason: 'other', details: 'Too strict' })).json().report;
    await otherAdmin.post(`/api/moderation/reports/${aboutRowan.id}/decision`, { outcome: 'warned', note: 'Please explain decisions more gently.' });

    // Notifications: Rowan is told something, reads it, and chooses email, quiet hours and a weekly digest.
    await t.app.kindred.db.transaction().execute((trx) => t.app.kindred.notifications.notifier.notify(trx, { userId: rowanId, kind: 'goal.shared', data: { byHandle: 'Steady Sage' }, link: '/support' }));
    await rowan.post('/api/notifications/read', { all: true });
    await rowan.put('/api/me/notification-preferences', { channels: { 'check_in.reminder': { email: true } }, quietFrom: '22:00', quietUntil: '07:00', weeklyDigest: true });

    // One-to-one support: Rowan proposes a rhythm with Steady Sage and cancels a meeting; as a supervisor Rowan
    // looks after Steady Sage; as a supporter Rowan meets a member, writes a note, is rated, and the two part.
    const plan = (await rowan.put(`/api/relationships/${conversation.relationshipId}/check-in-plan`, { rule: 'FREQ=WEEKLY', startsLocal: new Date(Date.now() + 2 * 24 * 3600_000).toISOString().slice(0, 16), timeZone: 'UTC', meetingMode: 'chat' })).json().plan;
    const sage = await signedInClient(t.app, supporter);
    await sage.post(`/api/relationships/${conversation.relationshipId}/check-in-plan/${plan.id}/agree`);
    const [firstMeeting] = (await rowan.get(`/api/relationships/${conversation.relationshipId}/support`)).json().upcoming;
    await rowan.patch(`/api/check-ins/${firstMeeting.id}`, { cancel: true });
    await rowan.post('/api/me/calendar-feed');
    await otherAdmin.post('/api/admin/supervision', { supporterId: supporter.id, supervisorId: rowanId });
    await otherAdmin.post(`/api/admin/supporters/${rowanId}/training-complete`);
    const mentee = await signedInClient(t.app, await createUser(t.app, { handle: 'Rowan Mentee' }));
    const menteeRequest = await mentee.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
    const menteeOffer = await mentee.post(`/api/support-requests/${menteeRequest.json().request.id}/choose`, { supporterId: rowanId });
    const mentoring = (await rowan.post(`/api/supporter/requests/${menteeOffer.json().offer.id}/accept`)).json().relationship.id;
    const meeting = (await rowan.post(`/api/relationships/${mentoring}/check-ins`, { plannedAt: new Date(Date.now() + 3600_000).toISOString(), meetingMode: 'chat' })).json().checkIn;
    // Time passes: the meeting's hour comes.
    await t.database.db.updateTable('check_ins').set({ planned_at: new Date(Date.now() - 3600_000).toISOString() }).where('id', '=', meeting.id).execute();
    await rowan.post(`/api/check-ins/${meeting.id}/outcome`, { happened: true, talkedAbout: 'Rowan and the mentee talked' });
    await mentee.post(`/api/check-ins/${meeting.id}/feedback`, { feltHeard: 5, workedOnWhatIWanted: 5, wayWeTalkedSuitedMe: 5, overall: 5 });
    await rowan.post(`/api/relationships/${mentoring}/notes`, { body: 'Rowan wrote this session note', sharedWithMember: true });
    await rowan.post(`/api/relationships/${mentoring}/end`, { reason: 'Moving on' });
    await rowan.post(`/api/relationships/${mentoring}/closing-note`, { note: 'Rowan says goodbye kindly' });

    // Groups: Rowan starts and facilitates a daily group (cancels a meeting, records attendance, writes a note,
    // removes someone); as a member Rowan joins Steady Sage's group, answers for a meeting and is recorded there.
    const daily = {
      topics: ['anxiety'], language: 'en', format: 'online', videoLink: 'https://meet.example.test/daily', timeZone: 'UTC', rule: 'FREQ=DAILY',
      startsLocal: `${new Date(Date.now() - 3 * 24 * 3600_000).toISOString().slice(0, 10)}T00:00`, durationMinutes: 60,
    };
    const rowansGroup = (await rowan.post('/api/groups', { ...daily, name: 'Harbour circle', facilitators: [{ userId: rowanId, role: 'lead' }] })).json().group;
    const groupGuestUser = await createUser(t.app, { handle: 'Group Guest' });
    const groupGuestId = groupGuestUser.id;
    const groupGuest = await signedInClient(t.app, groupGuestUser);
    await groupGuest.post(`/api/groups/${rowansGroup.id}/join`, { agreementVersion: 1 });
    await rowan.post(`/api/groups/${rowansGroup.id}/members/${groupGuestId}/remove`, { reason: 'Asked to step back for now' });
    const [rowansNext] = (await rowan.get(`/api/groups/${rowansGroup.id}/meetings?limit=2`)).json().meetings.filter((m: { startsAt: string }) => m.startsAt > new Date().toISOString());
    await rowan.patch(`/api/groups/${rowansGroup.id}/meetings/${rowansNext.occurrence}`, { cancelled: true });
    const [rowansLast] = (await rowan.get(`/api/groups/${rowansGroup.id}/meetings?when=past&limit=1`)).json().meetings;
    await rowan.put(`/api/groups/${rowansGroup.id}/meetings/${rowansLast.occurrence}/attendance`, { present: [] });
    await rowan.put(`/api/groups/${rowansGroup.id}/meetings/${rowansLast.occurrence}/note`, { body: 'A quiet meeting.', checklist: { check_in_round: true } });
    const sagesGroup = (await otherAdmin.post('/api/groups', { ...daily, name: 'Sage circle', facilitators: [{ userId: supporter.id, role: 'lead' }] })).json().group;
    await rowan.post(`/api/groups/${sagesGroup.id}/join`, { agreementVersion: 1 });
    const [sagesNext] = (await rowan.get(`/api/groups/${sagesGroup.id}/meetings?limit=2`)).json().meetings.filter((m: { startsAt: string }) => m.startsAt > new Date().toISOString());
    await rowan.put(`/api/groups/${sagesGroup.id}/meetings/${sagesNext.occurrence}/rsvp`, { answer: 'yes' });
    // Time passes: Rowan has been a member since before the last meeting.
    await t.database.db.updateTable('group_memberships').set({ joined_at: daily.startsLocal }).where('user_id', '=', rowanId).execute();
    const [sagesLast] = (await sage.get(`/api/groups/${sagesGroup.id}/meetings?when=past&limit=1`)).json().meetings;
    await sage.put(`/api/groups/${sagesGroup.id}/meetings/${sagesLast.occurrence}/attendance`, { present: [rowanId] });
  });
  afterEach(() => t.close());

  it('exports everything in one JSON file with a section for each registered kind of data', async () => {
    const response = await rowan.get('/api/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kindred-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = response.json();
    expect(data.format).toBe('kindred-export/1');
    expect(Object.keys(data.sections)).toEqual(t.app.kindred.personalData.sections().map((section) => section.key));
    expect(data.sections.account).toMatchObject({ email: 'rowan@example.test', handle: 'Rowan Redwood' });
    expect(data.sections.account).not.toHaveProperty('password_hash');
    expect(data.sections.profile.profile.first_name).toBe('Rowanna');
    expect(data.sections.profile.supporter.story).toBe('Rowan recovered from panic');
    expect(data.sections.consents.map((c: { kind: string }) => c.kind).sort()).toEqual(['evaluation', 'privacy', 'terms']);
    expect(data.sections.blocks).toEqual([expect.objectContaining({ handle: 'Third Thistle' })]);
    expect(data.sections.sessions[0].user_agent).toBe('Rowan laptop');
    expect(data.sections.sign_in_attempts.failures).toBe(1);
    expect(data.sections.topics_added.map((topic: { key: string }) => topic.key)).toEqual(['rowan_topic']);
    expect(data.sections.audit_log.map((entry: { action: string }) => entry.action)).toContain('auth.sign_in_failed');
    expect(data.sections.safety_plan.plan.copingOnMyOwn).toEqual(['Rowan walks the seawall']);
    expect(data.sections.safety_plan.sharedWith).toEqual([{ shared_with: 'Steady Sage', granted_at: expect.any(String), revoked_at: null }]);
    expect(data.sections.goals.mine).toEqual([expect.objectContaining({
      title: 'Rowan swims on Sundays', steps: [expect.objectContaining({ text: 'Rowan packs a towel' })], updates: [expect.objectContaining({ note: 'Rowan swam twice this week' })],
    })]);
    expect(data.sections.notifications.notifications).toContainEqual(expect.objectContaining({ kind: 'goal.shared', data: { byHandle: 'Steady Sage' }, read_at: expect.any(String) }));
    expect(data.sections.support.closingNotes).toEqual([expect.objectContaining({ note: 'Rowan says goodbye kindly' })]);
    expect(data.sections.support.sessionNotes).toEqual([expect.objectContaining({ body: 'Rowan wrote this session note', shared_with_member: true })]);
    expect(data.sections.notifications.preferences).toMatchObject({ quietFrom: '22:00', quietUntil: '07:00', weeklyDigest: true, channels: { 'check_in.reminder': { inApp: true, email: true } } });
    expect(data.sections.groups.memberships).toEqual([expect.objectContaining({ group: 'Sage circle', status: 'member' })]);
    expect(data.sections.groups.facilitating).toEqual([expect.objectContaining({ group: 'Harbour circle', role: 'lead' })]);
    expect(data.sections.groups.rsvps).toEqual([expect.objectContaining({ group: 'Sage circle', answer: 'yes' })]);
    expect(data.sections.groups.attended).toEqual([expect.objectContaining({ group: 'Sage circle' })]);
    expect(data.sections.groups.meetingNotesWritten).toEqual([expect.objectContaining({ body: 'A quiet meeting.' })]);
    expect(JSON.stringify(data)).not.toContain('$argon2');
  });

  it('explains what is erased and what is kept without identity', async () => {
    const explanation = (await rowan.get('/api/me/deletion')).json();
    expect(explanation.erased).toEqual(expect.arrayContaining(['account', 'profile', 'consents', 'blocks', 'sessions']));
    expect(explanation.kept).toEqual([
      { key: 'audit_log', reason: expect.stringContaining('identity is removed') },
      { key: 'safetyAlerts', reason: expect.stringContaining('how the program responded') },
      { key: 'messages', reason: expect.stringContaining('deleted member') },
      { key: 'roomModeration', reason: expect.stringContaining('nothing linking them to you') },
      { key: 'reports', reason: expect.stringContaining('how the community was kept safe') },
      { key: 'goals', reason: expect.stringContaining('goal history with nothing linking them to you') },
      { key: 'groups', reason: expect.stringContaining('without your name') },
    ]);
  });

  it('needs the password and the typed confirmation, and erases nothing without them', async () => {
    const wrongPassword = await rowan.post('/api/me/delete', { password: 'not-my-password', confirm: 'DELETE' });
    expect(wrongPassword.json().errors).toEqual([expect.objectContaining({ field: 'password', code: 'current_password_wrong' })]);
    const noConfirm = await rowan.post('/api/me/delete', { password: PASSWORD, confirm: 'delete' });
    expect(noConfirm.json().errors).toEqual([expect.objectContaining({ field: 'confirm', code: 'confirm_delete' })]);
    expect((await rowan.get('/api/me')).statusCode).toBe(200);
    expect(await t.database.db.selectFrom('profiles').select('user_id').where('user_id', '=', rowanId).execute()).toHaveLength(1);
  });

  it('leaves nothing identifying in any table, while other people keep what is theirs', async () => {
    const before = await dumpAllTables(t);
    // The seeding above must touch every table that can hold personal data, or this test proves nothing about it.
    for (const [table, rows] of Object.entries(before)) {
      if (TABLES_WITHOUT_PERSONAL_DATA.includes(table)) continue;
      const mentions = [rowanId, 'rowan@example.test', throttleKeys.account('rowan@example.test')].some((value) => rows.includes(value));
      expect.soft(mentions, `${table} holds something about the subject before deletion`).toBe(true);
    }

    const deleted = await rowan.post('/api/me/delete', { password: PASSWORD, confirm: 'DELETE' });
    expect(deleted.statusCode).toBe(204);
    expect(rowan.cookie('kindred_session')).toBeUndefined();

    const after = await dumpAllTables(t);
    for (const [table, rows] of Object.entries(after)) {
      for (const value of identifying()) expect.soft(rows.includes(value), `${table} still contains "${value}"`).toBe(false);
    }
    expect((await new TestClient(t.app).post('/api/auth/sign-in', { email: 'rowan@example.test', password: PASSWORD })).statusCode).toBe(401);

    const thirdRoles = await t.database.db.selectFrom('user_roles').select(['role', 'granted_by']).where('user_id', '=', third.id).orderBy('role').execute();
    expect(thirdRoles).toEqual([
      { role: 'clinician', granted_by: null },
      { role: 'member', granted_by: null },
      { role: 'supporter', granted_by: null },
    ]);
    expect(await t.database.db.selectFrom('supporter_profiles').select('user_id').where('user_id', '=', third.id).execute()).toHaveLength(1);
    expect(await t.database.db.selectFrom('topics').select(['key', 'created_by']).execute()).toEqual([{ key: 'rowan_topic', created_by: null }]);
    for (const table of ['goals', 'goal_steps', 'goal_updates'] as const) expect(await t.database.db.selectFrom(table).select('id').execute(), table).toEqual([]);
    // Rowan's words stay for the supporter, from nobody: the supporter's side of the conversation is intact.
    const keptMessages = await t.database.db.selectFrom('messages').select(['author_id', 'body', 'hidden_by']).orderBy('created_at').execute();
    expect(keptMessages.map((m) => [m.author_id === null, m.body, m.hidden_by])).toEqual([
      [true, 'Thank you for listening.', null],
      [false, 'Off-topic words', null],
      [true, 'I have the pills counted out and I am going to take them all tonight.', null],
      [false, 'Lately I keep wishing I could just go to sleep and not wake up.', null],
    ]);
    const alerts = await t.database.db.selectFrom('safety_alerts').select(['member_id', 'acknowledged_by', 'status']).execute();
    expect(alerts).toEqual([{ member_id: null, acknowledged_by: null, status: 'acknowledged' }]);
    expect(await t.database.db.selectFrom('risk_assessments').select('level').execute()).toEqual([{ level: 'concern' }]);
    expect(await t.database.db.selectFrom('concern_notices').select('id').execute()).toEqual([]);
    expect(await t.database.db.selectFrom('user_sanctions').select('id').execute()).toEqual([]);
    const reports = await t.database.db.selectFrom('reports').select(['reporter_id', 'reported_user_id', 'decided_by', 'details', 'outcome']).orderBy('created_at').execute();
    expect(reports.map((r) => [r.reporter_id === null, r.reported_user_id === null, r.decided_by === null, r.details, r.outcome])).toEqual([
      [true, false, true, '', 'dismissed'],
      [false, true, false, 'Too strict', 'warned'],
    ]);
    expect(await t.database.db.selectFrom('chat_rooms').select('created_by').execute()).toEqual([{ created_by: null }]);
    expect(await t.database.db.selectFrom('chat_invitations').selectAll().execute()).toEqual([]);
    const freedPlace = await t.database.db.selectFrom('supporter_profiles').select('active_relationships').where('user_id', '=', supporter.id).executeTakeFirstOrThrow();
    expect(freedPlace.active_relationships).toBe(0);
    expect(await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', rowanId).execute()).toEqual([]);
    expect(await t.database.db.selectFrom('notification_preferences').select('user_id').execute()).toEqual([]);
    expect(await t.database.db.selectFrom('jobs').select('id').where('kind', '=', 'notifications.digest').execute()).toEqual([]);
    // Rowan's seat in Sage's group is free again, and the meeting Rowan came to still counts them, without a name.
    const groups = await t.database.db.selectFrom('groups').select(['name', 'member_count', 'created_by']).orderBy('name').execute();
    expect(groups.map((g) => [g.name, g.member_count, g.created_by === null])).toEqual([['Harbour circle', 0, true], ['Sage circle', 0, false]]);
    expect(await t.database.db.selectFrom('group_attendees').select('user_id').execute()).toEqual([]);
    expect((await t.database.db.selectFrom('group_attendance').select(['unnamed_count', 'recorded_by']).orderBy('recorded_at').execute()).map((a) => [a.unnamed_count, a.recorded_by === null]))
      .toEqual([[0, true], [1, false]]);
    expect(await t.database.db.selectFrom('group_meeting_notes').select(['body', 'author_id']).execute()).toEqual([{ body: 'A quiet meeting.', author_id: null }]);
    const kept = await t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'account.deleted').execute();
    expect(kept).toEqual([{ action: 'account.deleted', actor_id: null }]);
  });
});
