import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createSupportPair, createUser, signedInClient } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`conversations on ${testDialect()}`, () => {
  let t: TestApp;
  let member: TestClient;
  let supporter: TestClient;
  let conversationId: string;
  let relationshipId: string;
  let clientSeq = 0;
  const clientId = () => `client-${Date.now()}-${(clientSeq += 1)}`;

  beforeEach(async () => {
    t = await buildTestApp();
    ({ member, supporter, relationshipId, conversationId } = await createSupportPair(t.app, { member: 'Chat Member', supporter: 'Chat Supporter' }));
  });
  afterEach(() => t.close());

  it('gives an accepted support relationship a private conversation for the two of them', async () => {
    const [conversation] = (await supporter.get('/api/conversations')).json().conversations;
    expect(conversation).toMatchObject({ id: conversationId, kind: 'direct', relationshipId, lastSeq: 0, unread: 0 });
    expect(conversation.members.map((m: { handle: string }) => m.handle).sort()).toEqual(['Chat Member', 'Chat Supporter']);
    const stranger = await signedInClient(t.app, await createUser(t.app));
    expect((await stranger.get(`/api/conversations/${conversationId}/messages`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'hi' })).statusCode).toBe(404);
  });

  it('stores a message once however often it is sent, and the other person catches up after a sequence number', async () => {
    const id = clientId();
    const first = await member.post(`/api/conversations/${conversationId}/messages`, { clientId: id, body: 'Hello, thank you for accepting.' });
    expect(first.statusCode).toBe(201);
    expect(first.json().message).toMatchObject({ seq: 1, authorHandle: 'Chat Member', status: 'visible', clientId: id });
    const retry = await member.post(`/api/conversations/${conversationId}/messages`, { clientId: id, body: 'Hello, thank you for accepting.' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().message.id).toBe(first.json().message.id);

    expect((await supporter.get('/api/conversations')).json().conversations[0].unread).toBe(1);
    const caughtUp = (await supporter.get(`/api/conversations/${conversationId}/messages?after=0`)).json().messages;
    expect(caughtUp.map((m: { seq: number; body: string }) => [m.seq, m.body])).toEqual([[1, 'Hello, thank you for accepting.']]);
    expect(caughtUp[0].clientId).toBe('');
    expect((await supporter.get(`/api/conversations/${conversationId}/messages?after=1`)).json().messages).toEqual([]);

    expect((await supporter.post(`/api/conversations/${conversationId}/read`, { seq: 99 })).statusCode).toBe(204);
    expect((await supporter.get('/api/conversations')).json().conversations[0]).toMatchObject({ unread: 0, lastReadSeq: 1 });
    await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'One more thing.' });
    expect((await supporter.get('/api/conversations')).json().conversations[0].unread).toBe(1);
    await supporter.post(`/api/conversations/${conversationId}/read`, { seq: 0 });
    expect((await supporter.get('/api/conversations')).json().conversations[0].lastReadSeq).toBe(1);
  });

  it('pages history backwards', async () => {
    for (let i = 1; i <= 7; i += 1) await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: `message ${i}` });
    const latest = (await member.get(`/api/conversations/${conversationId}/messages?limit=3`)).json().messages;
    expect(latest.map((m: { seq: number }) => m.seq)).toEqual([5, 6, 7]);
    const older = (await member.get(`/api/conversations/${conversationId}/messages?limit=3&before=5`)).json().messages;
    expect(older.map((m: { seq: number }) => m.seq)).toEqual([2, 3, 4]);
  });

  it('numbers concurrent messages from both people without gaps or repeats, and never duplicates a retried send', async () => {
    const sends = Array.from({ length: 15 }, (_, i) => [
      member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: `member ${i}` }),
      supporter.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: `supporter ${i}` }),
    ]).flat();
    const retried = clientId();
    const duplicates = Array.from({ length: 5 }, () => member.post(`/api/conversations/${conversationId}/messages`, { clientId: retried, body: 'only once' }));
    const responses = await Promise.all([...sends, ...duplicates]);
    expect(responses.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    const rows = await t.database.db.selectFrom('messages').select(['seq', 'client_id']).where('conversation_id', '=', conversationId).orderBy('seq').execute();
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(rows.filter((row) => row.client_id === retried)).toHaveLength(1);
  });

  it('names bad messages and stops a conversation at once when the relationship ends, keeping its history', async () => {
    const empty = await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: '   ' });
    expect(empty.json().errors[0]).toMatchObject({ field: 'body', code: 'required' });
    const badId = await member.post(`/api/conversations/${conversationId}/messages`, { clientId: 'x', body: 'hi' });
    expect(badId.json().errors[0]).toMatchObject({ field: 'clientId', code: 'client_id_invalid' });
    const tooLong = await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'x'.repeat(4001) });
    expect(tooLong.json().errors[0]).toMatchObject({ field: 'body', code: 'too_long' });

    await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'Before the end' });
    await member.post(`/api/relationships/${relationshipId}/end`, { reason: 'Moving on, thank you.' });
    expect((await supporter.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'Still there?' })).statusCode).toBe(404);
    expect((await member.get('/api/conversations')).json().conversations).toEqual([]);
    expect(await t.database.db.selectFrom('messages').select('body').where('conversation_id', '=', conversationId).execute()).toEqual([{ body: 'Before the end' }]);
  });

  it('lets people edit and remove only their own messages; a removed message keeps its place without its words', async () => {
    const sent = (await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'I feel better todya' })).json().message;
    const edited = await member.patch(`/api/conversations/${conversationId}/messages/${sent.id}`, { body: 'I feel better today' });
    expect(edited.json().message).toMatchObject({ body: 'I feel better today', status: 'visible' });
    expect(edited.json().message.editedAt).not.toBeNull();
    expect((await supporter.patch(`/api/conversations/${conversationId}/messages/${sent.id}`, { body: 'changed' })).statusCode).toBe(403);
    expect((await supporter.delete(`/api/conversations/${conversationId}/messages/${sent.id}`)).statusCode).toBe(403);
    expect((await member.patch(`/api/conversations/${conversationId}/messages/${sent.id}`, { body: ' ' })).json().errors[0]).toMatchObject({ field: 'body', code: 'required' });

    const removed = await member.delete(`/api/conversations/${conversationId}/messages/${sent.id}`);
    expect(removed.json().message).toMatchObject({ status: 'deleted', body: '', seq: 1 });
    expect((await member.patch(`/api/conversations/${conversationId}/messages/${sent.id}`, { body: 'back' })).json().code).toBe('message_not_editable');
    const seen = (await supporter.get(`/api/conversations/${conversationId}/messages`)).json().messages;
    expect(seen).toEqual([expect.objectContaining({ id: sent.id, status: 'deleted', body: '' })]);
    expect(await t.database.db.selectFrom('messages').select('body').where('id', '=', sent.id).executeTakeFirst()).toEqual({ body: '' });
    expect((await supporter.post(`/api/conversations/${conversationId}/messages/${sent.id}/hide`, { reason: 'not a room' })).statusCode).toBe(403);
  });

  it("holds a supporter's phone numbers, emails and social handles with an explanation, until they edit them out", async () => {
    const held = (await supporter.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'Text me on 555 201 7788 any time' })).json().message;
    expect(held).toMatchObject({ status: 'held', heldReason: 'contact_details', body: 'Text me on 555 201 7788 any time' });
    const memberView = (await member.get(`/api/conversations/${conversationId}/messages`)).json().messages;
    expect(memberView).toEqual([expect.objectContaining({ status: 'held', body: '', heldReason: null })]);

    const fixed = await supporter.patch(`/api/conversations/${conversationId}/messages/${held.id}`, { body: "Message me here any time, I'll reply within a day." });
    expect(fixed.json().message).toMatchObject({ status: 'visible', heldReason: null });
    expect((await member.get(`/api/conversations/${conversationId}/messages`)).json().messages[0].body).toBe("Message me here any time, I'll reply within a day.");

    // Crisis lines are always shareable, and members are free to share what they choose.
    const crisis = (await supporter.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'If tonight gets hard, call 988 or Samaritans on 116 123.' })).json().message;
    expect(crisis.status).toBe('visible');
    const fromMember = (await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'my email is me@example.test' })).json().message;
    expect(fromMember.status).toBe('visible');
    expect((await supporter.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: 'add me on insta @quiet.river' })).json().message.heldReason).toBe('contact_details');
  });

  it('keeps delivered and read markers moving forward, and shows each person how far the other has got', async () => {
    for (let i = 1; i <= 3; i += 1) await member.post(`/api/conversations/${conversationId}/messages`, { clientId: clientId(), body: `note ${i}` });
    expect((await supporter.post(`/api/conversations/${conversationId}/delivered`, { seq: 3 })).statusCode).toBe(204);
    expect((await member.get('/api/conversations')).json().conversations[0]).toMatchObject({ peerDeliveredSeq: 3, peerReadSeq: 0 });
    await supporter.post(`/api/conversations/${conversationId}/read`, { seq: 2 });
    await supporter.post(`/api/conversations/${conversationId}/delivered`, { seq: 1 });
    expect((await member.get('/api/conversations')).json().conversations[0]).toMatchObject({ peerDeliveredSeq: 3, peerReadSeq: 2 });
    const mine = (await member.get('/api/conversations')).json().conversations[0];
    expect(mine.myRole).toBe('member');
    expect(mine.lastMessageAt).not.toBeNull();
  });
});
