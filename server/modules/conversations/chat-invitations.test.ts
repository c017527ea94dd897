import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`private conversations between members on ${testDialect()}`, () => {
  let t: TestApp;
  let ash: TestClient;
  let birch: TestClient;

  beforeEach(async () => {
    t = await buildTestApp();
    ash = await signedInClient(t.app, await createUser(t.app, { handle: 'Ash Peer' }));
    birch = await signedInClient(t.app, await createUser(t.app, { handle: 'Birch Peer' }));
  });
  afterEach(() => t.close());

  it('opens only when the invited member accepts, and either can end it for both', async () => {
    const invited = await ash.post('/api/chat-invitations', { handle: 'birch peer' });
    expect(invited.statusCode).toBe(201);
    expect((await ash.get('/api/conversations')).json().conversations).toEqual([]);
    expect((await ash.post('/api/chat-invitations', { handle: 'Birch Peer' })).json().invitation.id).toBe(invited.json().invitation.id);

    const { received } = (await birch.get('/api/chat-invitations')).json();
    expect(received).toEqual([expect.objectContaining({ from: expect.objectContaining({ handle: 'Ash Peer' }), status: 'pending' })]);
    expect((await ash.post(`/api/chat-invitations/${received[0].id}/accept`)).statusCode).toBe(404);
    const accepted = (await birch.post(`/api/chat-invitations/${received[0].id}/accept`)).json().invitation;
    expect(accepted.status).toBe('accepted');
    const [conversation] = (await ash.get('/api/conversations')).json().conversations;
    expect(conversation).toMatchObject({ id: accepted.conversationId, kind: 'direct', myRole: 'member', relationshipId: null });
    expect((await birch.post(`/api/conversations/${conversation.id}/messages`, { clientId: 'birch-first-hello', body: 'Hi Ash, glad you asked.' })).statusCode).toBe(201);
    // Between members, sharing contact details is their own choice.
    expect((await ash.post(`/api/conversations/${conversation.id}/messages`, { clientId: 'ash-number-share', body: 'my number is 555 201 7788' })).json().message.status).toBe('visible');

    expect((await birch.post(`/api/conversations/${conversation.id}/leave`)).statusCode).toBe(204);
    expect((await ash.get('/api/conversations')).json().conversations).toEqual([]);
    expect((await ash.post('/api/chat-invitations', { handle: 'Birch Peer' })).json().invitation.status).toBe('pending');
  });

  it('never shows an invitation across a block, without telling the sender', async () => {
    await birch.post('/api/me/blocks', { handle: 'Ash Peer' });
    expect((await ash.post('/api/chat-invitations', { handle: 'Birch Peer' })).statusCode).toBe(201);
    expect((await birch.get('/api/chat-invitations')).json().received).toEqual([]);
    const [sent] = (await ash.get('/api/chat-invitations')).json().sent;
    expect((await birch.post(`/api/chat-invitations/${sent.id}/accept`)).statusCode).toBe(404);
  });

  it('names what is wrong with an invitation, and declining closes it', async () => {
    expect((await ash.post('/api/chat-invitations', { handle: 'Nobody Here' })).json().errors[0]).toMatchObject({ field: 'handle', code: 'user_not_found' });
    expect((await ash.post('/api/chat-invitations', { handle: 'Ash Peer' })).json().errors[0]).toMatchObject({ field: 'handle', code: 'invite_self' });
    expect((await ash.post('/api/chat-invitations', {})).json().errors[0]).toMatchObject({ field: 'handle' });
    const invitation = (await ash.post('/api/chat-invitations', { handle: 'Birch Peer' })).json().invitation;
    expect((await birch.post(`/api/chat-invitations/${invitation.id}/decline`)).statusCode).toBe(204);
    expect((await ash.get('/api/chat-invitations')).json().sent).toEqual([]);
    expect((await birch.post(`/api/chat-invitations/${invitation.id}/accept`)).statusCode).toBe(404);
  });
});
