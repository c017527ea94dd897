import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRoomWithMembers, type SeededRoom } from '../../test/factories.js';
import { type ServerProcess, startServerProcess } from '../../test/processes/server-process.js';
import { seededDatabase } from '../../test/processes/seeded-database.js';
import { collect, connected, openSocket, settle, type TestSocket, waitFor } from '../../test/sockets.js';
import type { TestDatabase } from '../../test/test-database.js';
import type { SendAck } from '../../../shared/realtime/events.js';

describe('two server processes sharing Redis and PostgreSQL', () => {
  let database: TestDatabase;
  let room: SeededRoom;
  let first: ServerProcess;
  let second: ServerProcess;
  const sockets: TestSocket[] = [];
  const open = async (server: ServerProcess, client: SeededRoom['moderator']) => {
    const socket = openSocket(server.url, client);
    sockets.push(socket);
    return connected(socket);
  };

  beforeAll(async () => {
    ({ database, seeded: room } = await seededDatabase('postgres', (app) => createRoomWithMembers(app, 3)));
    const env = { DATABASE_URL: database.url, REDIS_URL: inject('redisUrl'), RATE_LIMIT_PER_MINUTE: '40' };
    // One at a time, as a rolling deploy would: the first runs any migrations.
    first = await startServerProcess(env);
    second = await startServerProcess(env);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.dispose();
  });

  it('delivers a message sent to one process to sockets on the other, and a removal on one stops delivery on both', async () => {
    const [alder, birch, cedar] = room.members;
    const alderSocket = await open(first, alder!.client);
    const birchSocket = await open(second, birch!.client);
    const cedarSocket = await open(first, cedar!.client);
    const atBirch = collect(birchSocket, 'message:new');
    const atCedar = collect(cedarSocket, 'message:new');
    const typingAtBirch = collect(birchSocket, 'conversation:typing');

    const ack = (await alderSocket.emitWithAck('message:send', { conversationId: room.roomId, clientId: 'across-processes-1', body: 'Hello from process one' })) as SendAck;
    expect(ack.ok).toBe(true);
    await waitFor(() => atBirch.length === 1 && atCedar.length === 1);
    expect(atBirch[0]).toMatchObject({ seq: 1, body: 'Hello from process one' });
    alderSocket.emit('conversation:typing', { conversationId: room.roomId });
    await waitFor(() => typingAtBirch.length === 1);

    // The moderator works through the second process; the member being removed is connected to the first.
    const removal = await fetch(`${second.url}/api/rooms/${room.roomId}/members/${cedar!.user.id}/remove`, {
      method: 'POST', headers: await room.moderator.remoteHeaders(), body: JSON.stringify({ reason: 'Asked to take a break.' }),
    });
    expect(removal.status).toBe(204);
    const sent = await fetch(`${second.url}/api/conversations/${room.roomId}/messages`, {
      method: 'POST', headers: await birch!.client.remoteHeaders(), body: JSON.stringify({ clientId: 'across-processes-2', body: 'Hello from process two' }),
    });
    expect(sent.status).toBe(201);
    await waitFor(() => atBirch.length === 2);
    await settle(300);
    expect(atCedar.map((m) => m.seq)).toEqual([1]);
  });

  it('counts the request rate limit across both processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      for (const server of [first, second]) statuses.push((await fetch(`${server.url}/api/crisis-lines`)).status);
    }
    const allowed = statuses.filter((status) => status === 200).length;
    expect(allowed).toBeLessThanOrEqual(40);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
  });
});
