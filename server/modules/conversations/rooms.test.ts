import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { collect, connected, listen, openSocket, settle, type TestSocket, waitFor } from '../../test/sockets.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const AGREEMENT = 'Be kind. What is shared here stays here. No advice unless asked. No contact details.';

describe(`topic rooms on ${testDialect()}`, () => {
  let t: TestApp;
  let admin: TestClient;
  let moderatorUser: TestUser;
  let moderator: TestClient;
  let roomId: string;
  let sequence = 0;
  const clientId = () => `room-${Date.now()}-${(sequence += 1)}`;
  const newMember = async (handle?: string) => signedInClient(t.app, await createUser(t.app, handle ? { handle } : {}));
  const join = (client: TestClient, version = 1) => client.post(`/api/rooms/${roomId}/join`, { agreementVersion: version });
  const say = (client: TestClient, body: string) => client.post(`/api/conversations/${roomId}/messages`, { clientId: clientId(), body });

  beforeEach(async () => {
    t = await buildTestApp();
    admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    moderatorUser = await createActiveSupporter(t.app, { handle: 'Room Moderator' });
    moderator = await signedInClient(t.app, moderatorUser);
    const created = await admin.post('/api/admin/rooms', { title: 'Night owls', description: 'For the small hours.', topic: 'anxiety', agreement: AGREEMENT, memberCap: 3 });
    expect(created.statusCode).toBe(201);
    roomId = created.json().room.id;
    expect((await admin.post(`/api/admin/rooms/${roomId}/moderators`, { userId: moderatorUser.id })).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  it('lets admins create rooms and names what is wrong with a bad one', async () => {
    const member = await newMember();
    expect((await member.post('/api/admin/rooms', { title: 'Mine', agreement: AGREEMENT, memberCap: 5 })).statusCode).toBe(403);
    const bad = await admin.post('/api/admin/rooms', { title: 'x', topic: 'no_such_topic', agreement: 'short', memberCap: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['agreement:agreement_too_short', 'memberCap:member_cap_too_small', 'title:required']);
    const unknownTopic = await admin.post('/api/admin/rooms', { title: 'Somewhere', topic: 'no_such_topic', agreement: AGREEMENT, memberCap: 5 });
    expect(unknownTopic.json().errors[0]).toMatchObject({ field: 'topic', code: 'topic_unknown' });
    const untrained = await createUser(t.app);
    expect((await admin.post(`/api/admin/rooms/${roomId}/moderators`, { userId: untrained.id })).json().errors[0]).toMatchObject({ field: 'userId', code: 'moderator_not_trained' });

    const listed = (await member.get('/api/rooms')).json().rooms;
    expect(listed).toEqual([expect.objectContaining({
      id: roomId, title: 'Night owls', topic: 'anxiety', memberCount: 1, memberCap: 3, joined: false, agreementVersion: 1,
      moderators: [{ userId: moderatorUser.id, handle: 'Room Moderator' }],
    })]);
  });

  it('joins only by accepting the agreement version read, and up to the member cap', async () => {
    const first = await newMember('First Owl');
    expect((await say(first, 'hello?')).statusCode).toBe(404);
    expect((await join(first, 2)).json().code).toBe('agreement_changed');
    const joined = await join(first);
    expect(joined.json().room).toMatchObject({ joined: true, agreementAccepted: true, memberCount: 2 });
    expect((await say(first, 'Evening, everyone')).statusCode).toBe(201);
    expect((await first.get('/api/conversations')).json().conversations[0]).toMatchObject({ id: roomId, kind: 'room', title: 'Night owls', myRole: 'member', inDirectory: true });

    await join(await newMember());
    const late = await newMember();
    const full = await join(late);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('room_full');
    expect((await join(first)).statusCode).toBe(200);

    expect((await first.post(`/api/rooms/${roomId}/leave`)).statusCode).toBe(204);
    expect((await say(first, 'still here?')).statusCode).toBe(404);
    expect((await join(late)).statusCode).toBe(200);
    expect((await admin.patch(`/api/admin/rooms/${roomId}`, { memberCap: 2 })).json().errors[0]).toMatchObject({ field: 'memberCap', code: 'member_cap_below_members' });
  });

  it('never lets people joining at the same moment take more places than the room has', async () => {
    const hopefuls = await Promise.all(Array.from({ length: 6 }, () => newMember()));
    const answers = await Promise.all(hopefuls.map((client) => join(client)));
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(2);
    expect(answers.filter((r) => r.json().code === 'room_full')).toHaveLength(4);
    expect((await admin.get(`/api/rooms/${roomId}`)).json().room.memberCount).toBe(3);
  });

  it('asks members to accept a changed agreement before they write again', async () => {
    const member = await newMember();
    await join(member);
    const changed = await admin.patch(`/api/admin/rooms/${roomId}`, { agreement: `${AGREEMENT} Take breaks when you need them.` });
    expect(changed.json().room.agreementVersion).toBe(2);
    const refused = await say(member, 'hi again');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('agreement_changed');
    expect((await member.get(`/api/rooms/${roomId}`)).json().room).toMatchObject({ joined: true, agreementAccepted: false });
    await join(member, 2);
    expect((await say(member, 'hi again')).statusCode).toBe(201);
    // Only a real change to the words needs accepting again.
    expect((await admin.patch(`/api/admin/rooms/${roomId}`, { description: 'New words here' })).json().room.agreementVersion).toBe(2);
  });

  it('lets moderators hide a message with a reason the author sees, and remove a member who then cannot rejoin', async () => {
    const author = await newMember('Loud Owl');
    const bystander = await newMember('Quiet Owl');
    await join(author);
    await join(bystander);
    const message = (await say(author, 'something hurtful')).json().message;

    expect((await bystander.post(`/api/conversations/${roomId}/messages/${message.id}/hide`, { reason: 'Not kind' })).statusCode).toBe(403);
    expect((await moderator.post(`/api/conversations/${roomId}/messages/${message.id}/hide`, { reason: '' })).json().errors[0]).toMatchObject({ field: 'reason' });
    const hidden = await moderator.post(`/api/conversations/${roomId}/messages/${message.id}/hide`, { reason: 'This broke the agreement: be kind.' });
    expect(hidden.json().message).toMatchObject({ status: 'hidden', hiddenReason: 'This broke the agreement: be kind.', body: 'something hurtful' });
    const [forAuthor] = (await author.get(`/api/conversations/${roomId}/messages`)).json().messages;
    expect(forAuthor).toMatchObject({ status: 'hidden', hiddenReason: 'This broke the agreement: be kind.' });
    const [forBystander] = (await bystander.get(`/api/conversations/${roomId}/messages`)).json().messages;
    expect(forBystander).toMatchObject({ status: 'hidden', hiddenReason: null, body: '' });

    expect((await bystander.get(`/api/rooms/${roomId}/members`)).statusCode).toBe(404);
    const members = (await moderator.get(`/api/rooms/${roomId}/members`)).json().members;
    expect(members.map((m: { handle: string }) => m.handle)).toEqual(['Loud Owl', 'Quiet Owl', 'Room Moderator']);
    const authorId = members.find((m: { handle: string }) => m.handle === 'Loud Owl').userId;
    expect((await moderator.post(`/api/rooms/${roomId}/members/${moderatorUser.id}/remove`, { reason: 'Testing the rule.' })).json().code).toBe('cannot_remove_moderator');
    expect((await moderator.post(`/api/rooms/${roomId}/members/${authorId}/remove`, { reason: 'Repeated unkindness after a warning.' })).statusCode).toBe(204);
    expect((await say(author, 'let me back')).statusCode).toBe(404);
    expect((await join(author)).json().code).toBe('removed_from_room');

    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'room.%').execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['room.created', 'room.member_removed', 'room.moderator_added']);
    expect(await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'conversation.message_hidden').execute()).toHaveLength(1);
  });

  it('closes archived rooms to writing and to newcomers, keeping history for members', async () => {
    const member = await newMember();
    await join(member);
    await say(member, 'before closing');
    await admin.patch(`/api/admin/rooms/${roomId}`, { archived: true });
    expect((await say(member, 'after closing')).json().code).toBe('room_archived');
    expect((await member.get(`/api/conversations/${roomId}/messages`)).json().messages).toHaveLength(1);
    const newcomer = await newMember();
    expect((await newcomer.get('/api/rooms')).json().rooms).toEqual([]);
    expect((await join(newcomer)).statusCode).toBe(404);
    expect((await admin.get('/api/rooms')).json().rooms[0].archived).toBe(true);
  });

  describe('live', () => {
    const sockets: TestSocket[] = [];
    afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));

    it('stops delivering to a removed member at once while others keep receiving, and shows moderators the reason live', async () => {
      const url = await listen(t);
      const removedUser = await createUser(t.app, { handle: 'Leaving Owl' });
      const removed = await signedInClient(t.app, removedUser);
      const staying = await newMember('Staying Owl');
      await join(removed);
      await join(staying);
      const open = async (client: TestClient) => {
        const socket = openSocket(url, client);
        sockets.push(socket);
        return connected(socket);
      };
      const atRemoved = collect(await open(removed), 'message:new');
      const atStaying = collect(await open(staying), 'message:new');
      const moderatorSocket = await open(moderator);
      const updatesAtModerator = collect(moderatorSocket, 'message:updated');
      const updatesAtStaying = collect(sockets[1]!, 'message:updated');

      const first = (await say(staying, 'first')).json().message;
      await waitFor(() => atRemoved.length === 1 && atStaying.length === 1);
      await moderator.post(`/api/rooms/${roomId}/members/${removedUser.id}/remove`, { reason: 'Asked to leave.' });
      await say(staying, 'second');
      await waitFor(() => atStaying.length === 2);
      await settle();
      expect(atRemoved.map((m) => m.body)).toEqual(['first']);

      await moderator.post(`/api/conversations/${roomId}/messages/${first.id}/hide`, { reason: 'Off topic.' });
      await waitFor(() => updatesAtModerator.length === 1 && updatesAtStaying.length === 1);
      expect(updatesAtModerator[0]).toMatchObject({ status: 'hidden', hiddenReason: 'Off topic.', body: 'first' });
      expect(updatesAtStaying[0]).toMatchObject({ status: 'hidden', hiddenReason: 'Off topic.' });
    });
  });
});
