import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createSupportPair, createUser, signedInClient, type SupportPair } from '../../test/factories.js';
import { collect, connected, connectError, disconnected, listen, openSocket, settle, type TestSocket, waitFor } from '../../test/sockets.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';
import type { SendAck } from '../../../shared/realtime/events.js';
import { ManualClock } from '../../test/manual-clock.js';

describe(`conversations in real time on ${testDialect()}`, () => {
  let t: TestApp;
  let url: string;
  let pair: SupportPair;
  const sockets: TestSocket[] = [];
  let sequence = 0;
  const clientId = () => `socket-${Date.now()}-${(sequence += 1)}`;
  const open = async (client: TestClient) => {
    const socket = openSocket(url, client);
    sockets.push(socket);
    return connected(socket);
  };
  const send = (socket: TestSocket, conversationId: string, body: string, id = clientId()) =>
    socket.emitWithAck('message:send', { conversationId, clientId: id, body }) as Promise<SendAck>;

  beforeEach(async () => {
    t = await buildTestApp({ env: { SOCKET_EVENTS_PER_10S: '20' } });
    url = await listen(t);
    pair = await createSupportPair(t.app, { member: 'Live Member', supporter: 'Live Supporter' });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await t.close();
  });

  it('refuses a socket without a session, or opened from another site', async () => {
    expect(await connectError(openSocket(url, null))).toBe('unauthenticated');
    expect(await connectError(openSocket(url, new TestClient(t.app)))).toBe('unauthenticated');
    expect(await connectError(openSocket(url, pair.member, { origin: 'https://evil.example' }))).toBe('origin_not_allowed');
  });

  it('delivers a socket send to the other person at once, acknowledges it, and never to strangers', async () => {
    const memberSocket = await open(pair.member);
    const supporterSocket = await open(pair.supporter);
    const strangerSocket = await open(await signedInClient(t.app, await createUser(t.app)));
    const atSupporter = collect(supporterSocket, 'message:new');
    const atMember = collect(memberSocket, 'message:new');
    const atStranger = collect(strangerSocket, 'message:new');

    const id = clientId();
    const ack = await send(memberSocket, pair.conversationId, 'Hello from a socket', id);
    expect(ack).toMatchObject({ ok: true, message: { seq: 1, body: 'Hello from a socket', clientId: id } });
    await waitFor(() => atSupporter.length === 1 && atMember.length === 1);
    expect(atSupporter[0]).toMatchObject({ seq: 1, body: 'Hello from a socket', authorHandle: 'Live Member', clientId: '' });
    expect(atMember[0]).toMatchObject({ seq: 1, clientId: id });

    // A retried send is acknowledged with the stored message and announced to nobody again.
    expect(await send(memberSocket, pair.conversationId, 'Hello from a socket', id)).toMatchObject({ ok: true, message: { id: atSupporter[0]!.id } });
    // HTTP sends reach sockets the same way.
    await pair.supporter.post(`/api/conversations/${pair.conversationId}/messages`, { clientId: clientId(), body: 'Hello back over HTTP' });
    await waitFor(() => atMember.length === 2);
    expect(atMember[1]).toMatchObject({ seq: 2, body: 'Hello back over HTTP' });
    await settle();
    expect(atSupporter).toHaveLength(2);
    expect(atStranger).toEqual([]);
    expect(await send(strangerSocket, pair.conversationId, 'let me in')).toMatchObject({ ok: false, problem: { status: 404 } });
  });

  it('answers bad socket input with the field named, and slows down a flood', async () => {
    const memberSocket = await open(pair.member);
    const empty = await send(memberSocket, pair.conversationId, '   ');
    expect(empty).toMatchObject({ ok: false, problem: { status: 400, errors: [{ field: 'body', code: 'required' }] } });
    const badId = (await memberSocket.emitWithAck('message:send', { conversationId: pair.conversationId, clientId: 'x', body: 'hi' })) as SendAck;
    expect(badId).toMatchObject({ ok: false, problem: { errors: [{ field: 'clientId', code: 'client_id_invalid' }] } });

    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => send(memberSocket, pair.conversationId, `burst ${i}`)));
    const limited = burst.filter((ack) => !ack.ok);
    expect(limited.length).toBe(2);
    expect(limited[0]).toMatchObject({ problem: { status: 429, code: 'rate_limited' } });
    const stored = await t.database.db.selectFrom('messages').select('seq').where('conversation_id', '=', pair.conversationId).execute();
    expect(stored).toHaveLength(18);
  });

  it('shows the other person typing, and receipts as messages are received and read', async () => {
    const memberSocket = await open(pair.member);
    const supporterSocket = await open(pair.supporter);
    const typingAtSupporter = collect(supporterSocket, 'conversation:typing');
    const typingAtMember = collect(memberSocket, 'conversation:typing');
    memberSocket.emit('conversation:typing', { conversationId: pair.conversationId });
    await waitFor(() => typingAtSupporter.length === 1);
    expect(typingAtSupporter[0]).toEqual({ conversationId: pair.conversationId, userId: pair.memberUser.id, handle: 'Live Member' });
    await settle();
    expect(typingAtMember).toEqual([]);

    const receipts = collect(memberSocket, 'conversation:receipt');
    await send(memberSocket, pair.conversationId, 'Are you there?');
    expect(await supporterSocket.emitWithAck('conversation:delivered', { conversationId: pair.conversationId, seq: 1 })).toEqual({ ok: true });
    await waitFor(() => receipts.length === 1);
    expect(receipts[0]).toEqual({ conversationId: pair.conversationId, userId: pair.supporterUser.id, deliveredSeq: 1, readSeq: 0 });
    await supporterSocket.emitWithAck('conversation:read', { conversationId: pair.conversationId, seq: 1 });
    await waitFor(() => receipts.length === 2);
    expect(receipts[1]).toMatchObject({ deliveredSeq: 1, readSeq: 1 });
  });

  it('stops delivery the moment a relationship ends, and tells both people their list changed', async () => {
    const memberSocket = await open(pair.member);
    const supporterSocket = await open(pair.supporter);
    const changedAtSupporter = collect(supporterSocket, 'conversations:changed');
    const atSupporter = collect(supporterSocket, 'message:new');
    await pair.member.post(`/api/relationships/${pair.relationshipId}/end`, { reason: 'Thank you for everything.' });
    await waitFor(() => changedAtSupporter.length === 1);
    expect(await send(memberSocket, pair.conversationId, 'one last thing')).toMatchObject({ ok: false, problem: { status: 404 } });
    supporterSocket.emit('conversation:typing', { conversationId: pair.conversationId });
    const typingAtMember = collect(memberSocket, 'conversation:typing');
    await settle();
    expect(atSupporter).toEqual([]);
    expect(typingAtMember).toEqual([]);
  });

  it('joins a conversation that begins while the socket is open', async () => {
    const otherMember = await signedInClient(t.app, await createUser(t.app, { handle: 'Second Member' }));
    const supporterSocket = await open(pair.supporter);
    const changed = collect(supporterSocket, 'conversations:changed');
    const incoming = collect(supporterSocket, 'message:new');
    const request = await otherMember.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
    const offer = await otherMember.post(`/api/support-requests/${request.json().request.id}/choose`, { supporterId: pair.supporterUser.id });
    await pair.supporter.post(`/api/supporter/requests/${offer.json().offer.id}/accept`);
    await waitFor(() => changed.length === 1);
    const conversation = (await otherMember.get('/api/conversations')).json().conversations[0];
    await otherMember.post(`/api/conversations/${conversation.id}/messages`, { clientId: clientId(), body: 'Hi, nice to meet you' });
    await waitFor(() => incoming.length === 1);
    expect(incoming[0]).toMatchObject({ conversationId: conversation.id, body: 'Hi, nice to meet you' });
  });

  it('closes sockets when their session is signed out, and only those', async () => {
    const laptop = await signedInClient(t.app, pair.memberUser);
    const phoneSocket = await open(pair.member);
    const laptopSocket = await open(laptop);
    const phoneClosed = disconnected(phoneSocket);
    await pair.member.post('/api/auth/sign-out');
    expect(await phoneClosed).toBe('io server disconnect');
    await settle();
    expect(laptopSocket.connected).toBe(true);

    const laptopClosed = disconnected(laptopSocket);
    await (await signedInClient(t.app, pair.memberUser)).post('/api/auth/sign-out-everywhere');
    expect(await laptopClosed).toBe('io server disconnect');
  });

  it('ends a socket whose session lapsed from inactivity, but not one kept alive by activity elsewhere', async () => {
    await t.close();
    const clock = new ManualClock();
    t = await buildTestApp({ clock, env: { SESSION_IDLE_MINUTES_MEMBER: '30' } });
    url = await listen(t);
    pair = await createSupportPair(t.app);
    const memberSocket = await open(pair.member);
    const supporterSocket = await open(pair.supporter);

    clock.advanceMinutes(20);
    await pair.supporter.get('/api/conversations');
    clock.advanceMinutes(20);
    expect(await send(supporterSocket, pair.conversationId, 'still here')).toMatchObject({ ok: true });
    const closed = disconnected(memberSocket);
    expect(await send(memberSocket, pair.conversationId, 'hello?')).toMatchObject({ ok: false, problem: { status: 401 } });
    expect(await closed).toBe('io server disconnect');
  });
});
