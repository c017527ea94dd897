import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient } from '../../test/factories.js';
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
    const supporterUser = await createActiveSupporter(t.app, { handle: 'Chat Supporter' });
    member = await signedInClient(t.app, await createUser(t.app, { handle: 'Chat Member' }));
    supporter = await signedInClient(t.app, supporterUser);
    const request = await member.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
    const offer = await member.post(`/api/support-requests/${request.json().request.id}/choose`, { supporterId: supporterUser.id });
    relationshipId = (await supporter.post(`/api/supporter/requests/${offer.json().offer.id}/accept`)).json().relationship.id;
    conversationId = (await member.get('/api/conversations')).json().conversations[0].id;
  });
  afterEach(() => t.close());

  it('gives an accepted support relationship a private conversation for the two of them', async () => {
    const [conversation] = (await supporter.get('/api/conversations')).json().conversations;
    expect(conversation).toMatchObject({ id: conversationId, kind: 'direct', lastSeq: 0, unread: 0 });
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
});
