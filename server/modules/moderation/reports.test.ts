import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createRoomWithMembers, createSupportPair, createUser, type SeededRoom, signedInClient, type TestUser } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`reports and moderation on ${testDialect()}`, () => {
  let t: TestApp;
  let room: SeededRoom;
  let supervisor: TestClient;
  let reporter: { user: TestUser; client: TestClient };
  let reported: { user: TestUser; client: TestClient };
  let messageId: string;
  let sequence = 0;
  const say = (client: TestClient, conversationId: string, body: string) =>
    client.post(`/api/conversations/${conversationId}/messages`, { clientId: `moderation-${(sequence += 1)}-msg`, body });
  const report = (extra: Record<string, unknown> = {}) =>
    reporter.client.post('/api/reports', { subjectType: 'message', conversationId: room.roomId, messageId, reason: 'unkind_or_harassing', details: 'This was aimed at me.', ...extra });
  const decide = (id: string, body: Record<string, unknown>) => supervisor.post(`/api/moderation/reports/${id}/decision`, body);

  beforeEach(async () => {
    t = await buildTestApp();
    room = await createRoomWithMembers(t.app, 2);
    [reporter, reported] = room.members as [typeof reporter, typeof reported];
    supervisor = await signedInClient(t.app, await createUser(t.app, { roles: ['supervisor'], handle: 'Queue Keeper' }));
    messageId = (await say(reported.client, room.roomId, 'Nobody here cares what you think.')).json().message.id;
  });
  afterEach(() => t.close());

  it('takes a report from a member of the conversation, and names what is wrong with a bad one', async () => {
    const made = await report();
    expect(made.statusCode).toBe(201);
    expect(made.json().report).toMatchObject({ subjectType: 'message', reason: 'unkind_or_harassing', status: 'open', outcome: null });
    expect((await reporter.client.get('/api/me/reports')).json().reports).toHaveLength(1);

    expect((await report({ reason: 'because' })).json().errors[0]).toMatchObject({ field: 'reason' });
    expect((await report({ messageId: undefined })).json().errors[0]).toMatchObject({ field: 'messageId', code: 'required' });
    expect((await reporter.client.post('/api/reports', { subjectType: 'user', reason: 'other' })).json().errors[0]).toMatchObject({ field: 'userId', code: 'person_required' });
    // Everything missing is named at once, not one field per attempt.
    const bare = (await reporter.client.post('/api/reports', { subjectType: 'user' })).json().errors.map((e: { field: string; code: string }) => [e.field, e.code]);
    expect(bare).toEqual(expect.arrayContaining([['reason', 'reason_required'], ['userId', 'person_required']]));
    const own = await reported.client.post('/api/reports', { subjectType: 'message', conversationId: room.roomId, messageId, reason: 'other' });
    expect(own.json().errors[0]).toMatchObject({ field: 'messageId', code: 'report_self' });
    const outsider = await signedInClient(t.app, await createUser(t.app));
    expect((await outsider.post('/api/reports', { subjectType: 'message', conversationId: room.roomId, messageId, reason: 'other' })).statusCode).toBe(404);
    expect((await reporter.client.get('/api/moderation/reports')).statusCode).toBe(403);
  });

  it('hides a reported message, tells the reporter the outcome and the author the reason, never who reported', async () => {
    const { id } = (await report()).json().report;
    const [queued] = (await supervisor.get('/api/moderation/reports')).json().reports;
    expect(queued).toMatchObject({ id, excerpt: 'Nobody here cares what you think.', reportedUser: { userId: reported.user.id }, reporterHandle: reporter.user.handle, priorReports: 0 });

    expect((await decide(id, { outcome: 'hidden', note: '' })).json().errors[0]).toMatchObject({ field: 'note' });
    const decided = await decide(id, { outcome: 'hidden', note: 'Unkind to another member; please read the agreement again.' });
    expect(decided.json().report).toMatchObject({ status: 'closed', outcome: 'hidden' });
    expect((await decide(id, { outcome: 'dismissed', note: 'Changed my mind' })).json().code).toBe('report_decided');

    const seen = (await room.moderator.get(`/api/conversations/${room.roomId}/messages`)).json().messages[0];
    expect(seen).toMatchObject({ status: 'hidden', hiddenReason: 'Unkind to another member; please read the agreement again.' });
    expect((await reporter.client.get('/api/me/reports')).json().reports[0]).toMatchObject({ outcome: 'hidden', status: 'closed' });
    const notices = (await reported.client.get('/api/me/moderation')).json().notices;
    expect(notices).toEqual([expect.objectContaining({ outcome: 'hidden', note: 'Unkind to another member; please read the agreement again.', canAppeal: true })]);
    expect(JSON.stringify(notices)).not.toContain(reporter.user.handle);
    expect(JSON.stringify(notices)).not.toContain(reporter.user.id);

    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'report.%').execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['report.hidden', 'report.queue_viewed']);
  });

  it('suspends someone from shared spaces (never from their own support), and lifts it when their appeal succeeds', async () => {
    const pair = await createSupportPair(t.app);
    const supportedUser = pair.memberUser;
    const roomForThem = (await room.moderator.get(`/api/rooms/${room.roomId}`)).json().room;
    await pair.member.post(`/api/rooms/${room.roomId}/join`, { agreementVersion: roomForThem.agreementVersion });
    const theirMessage = (await say(pair.member, room.roomId, 'You are all pathetic.')).json().message.id;
    const { id } = (await reporter.client.post('/api/reports', { subjectType: 'message', conversationId: room.roomId, messageId: theirMessage, reason: 'hateful' })).json().report;

    await decide(id, { outcome: 'suspended', note: 'Hateful words after a warning. Three days away from rooms.', suspendDays: 3 });
    expect((await pair.member.get('/api/me')).statusCode).toBe(401);
    const member = await signedInClient(t.app, supportedUser);
    const refused = await say(member, room.roomId, 'Let me back');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('suspended');
    expect((await say(member, pair.conversationId, 'I messed up in the room and feel awful.')).statusCode).toBe(201);

    const [notice] = (await member.get('/api/me/moderation')).json().notices;
    expect(notice.suspendedUntil).toMatch(/^\d{4}-/);
    expect((await member.post(`/api/me/moderation/${id}/appeal`, { text: 'I was having a terrible night and I am sorry.' })).statusCode).toBe(200);
    expect((await member.post(`/api/me/moderation/${id}/appeal`, { text: 'Please, again.' })).json().code).toBe('already_appealed');
    const [appealed] = (await supervisor.get('/api/moderation/reports?view=appeals')).json().reports;
    expect(appealed.appeal).toMatchObject({ text: 'I was having a terrible night and I am sorry.', outcome: null });

    await supervisor.post(`/api/moderation/reports/${id}/appeal-decision`, { outcome: 'overturned', note: 'Shorter break is enough; welcome back.' });
    expect((await say(member, room.roomId, 'Thank you, and sorry everyone.')).statusCode).toBe(201);
    expect((await member.get('/api/me/moderation')).json().notices[0]).toMatchObject({ suspendedUntil: null, canAppeal: false, appeal: { outcome: 'overturned' } });
    expect((await supervisor.post(`/api/moderation/reports/${id}/appeal-decision`, { outcome: 'upheld', note: 'Again' })).json().code).toBe('no_open_appeal');
  });

  it('warns a reported person, restores a hidden message when overturned, and dismisses without telling the person reported', async () => {
    const person = await reporter.client.post('/api/reports', { subjectType: 'user', userId: reported.user.id, reason: 'spam_or_selling', details: 'Keeps advertising.' });
    await decide(person.json().report.id, { outcome: 'warned', note: 'Please do not advertise here.' });
    const hiddenReport = (await report()).json().report.id;
    await decide(hiddenReport, { outcome: 'hidden', note: 'Unkind.' });
    await reported.client.post(`/api/me/moderation/${hiddenReport}/appeal`, { text: 'I was quoting a song.' });
    await supervisor.post(`/api/moderation/reports/${hiddenReport}/appeal-decision`, { outcome: 'overturned', note: 'Fair, restored.' });
    expect((await reporter.client.get(`/api/conversations/${room.roomId}/messages`)).json().messages[0]).toMatchObject({ status: 'visible', body: 'Nobody here cares what you think.' });

    const dismissed = await reporter.client.post('/api/reports', { subjectType: 'user', userId: reported.user.id, reason: 'other' });
    await decide(dismissed.json().report.id, { outcome: 'dismissed', note: 'Nothing against the agreement.' });
    const outcomes = (await reported.client.get('/api/me/moderation')).json().notices.map((n: { outcome: string }) => n.outcome).sort();
    expect(outcomes).toEqual(['hidden', 'warned']);
    expect((await reporter.client.post('/api/reports', { subjectType: 'user', userId: reporter.user.id, reason: 'other' })).json().errors[0]).toMatchObject({ field: 'userId', code: 'report_self' });
  });
});
