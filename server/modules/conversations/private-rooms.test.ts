import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient } from '../../test/factories.js';
import { testDialect } from '../../test/test-database.js';

describe(`private rooms on ${testDialect()}`, () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(() => t.close());

  it('are rooms only their owner lets people into: not in the directory, not joinable, moderated and screened like any room', async () => {
    const { privateRooms } = t.app.kindred.conversations;
    const memberUser = await createUser(t.app);
    const moderatorUser = await createActiveSupporter(t.app);
    const roomId = await t.app.kindred.db.transaction().execute(async (trx) => {
      const id = await privateRooms.open(trx, 'Owned room');
      await privateRooms.add(trx, id, memberUser.id, 'member');
      await privateRooms.add(trx, id, moderatorUser.id, 'moderator');
      return id;
    });
    const member = await signedInClient(t.app, memberUser);
    const outsider = await signedInClient(t.app, await createUser(t.app));
    expect((await outsider.get('/api/rooms')).json().rooms).toEqual([]);
    expect((await outsider.get(`/api/rooms/${roomId}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/rooms/${roomId}/join`, { agreementVersion: 1 })).statusCode).toBe(404);
    expect((await outsider.get(`/api/conversations/${roomId}/messages`)).statusCode).toBe(404);
    expect((await member.get('/api/conversations')).json().conversations).toEqual([expect.objectContaining({ id: roomId, kind: 'room', inDirectory: false })]);

    expect((await member.post(`/api/conversations/${roomId}/messages`, { clientId: 'private-1', body: 'Hello, everyone.' })).statusCode).toBe(201);
    const held = await member.post(`/api/conversations/${roomId}/messages`, { clientId: 'private-2', body: 'I have the pills counted out and I am going to take them all tonight.' });
    expect(held.json().message.status).toBe('held');
    const moderator = await signedInClient(t.app, moderatorUser);
    expect((await moderator.get(`/api/conversations/${roomId}/messages`)).json().messages.map((m: { status: string }) => m.status)).toEqual(['visible', 'held']);

    await t.app.kindred.db.transaction().execute((trx) => privateRooms.remove(trx, roomId, memberUser.id, { by: moderatorUser.id, reason: 'Test removal' }));
    expect((await member.post(`/api/conversations/${roomId}/messages`, { clientId: 'private-3', body: 'Still here?' })).statusCode).toBe(404);
  });
});
