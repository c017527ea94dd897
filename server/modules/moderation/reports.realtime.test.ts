import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { collect, connected, disconnected, listen, openSocket, settle, type TestSocket, waitFor } from '../../test/sockets.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

interface Person {
  user: TestUser;
  client: TestClient;
  socket: TestSocket;
  queue: unknown[];
  mine: unknown[];
  notices: unknown[];
}

describe(`moderation in real time on ${testDialect()}`, () => {
  let t: TestApp;
  let url: string;
  const sockets: TestSocket[] = [];
  let supervisor: Person;
  let admin: Person;
  let reporter: Person;
  let reported: Person;
  let bystander: Person;

  async function person(options: Parameters<typeof createUser>[1]): Promise<Person> {
    const user = await createUser(t.app, options);
    const client = await signedInClient(t.app, user);
    const socket = await connected(openSocket(url, client));
    sockets.push(socket);
    return {
      user, client, socket,
      queue: collect(socket, 'moderation:queue-changed'),
      mine: collect(socket, 'moderation:my-reports-changed'),
      notices: collect(socket, 'moderation:notices-changed'),
    };
  }
  const counts = (p: Person) => ({ queue: p.queue.length, mine: p.mine.length, notices: p.notices.length });
  const reportPerson = async () => {
    const made = await reporter.client.post('/api/reports', { subjectType: 'user', userId: reported.user.id, reason: 'unkind_or_harassing', details: 'Private words for the team.' });
    expect(made.statusCode).toBe(201);
    return made.json().report.id as string;
  };

  beforeEach(async () => {
    t = await buildTestApp();
    url = await listen(t);
    supervisor = await person({ roles: ['supervisor'], handle: 'Live Queue Keeper' });
    admin = await person({ roles: ['admin'], handle: 'Live Queue Admin' });
    reporter = await person({ handle: 'Live Reporter' });
    reported = await person({ handle: 'Live Reported' });
    bystander = await person({ handle: 'Live Bystander' });
  });
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    await t.close();
  });

  it('tells the safety team a report arrived and the reporter’s other tabs, with nothing personal in the event, and nobody else', async () => {
    await reportPerson();
    await waitFor(() => supervisor.queue.length === 1 && admin.queue.length === 1 && reporter.mine.length === 1);
    await settle();
    // The event carries nothing: the queue is read (and audited) over HTTP by whoever may read it.
    expect([...supervisor.queue, ...admin.queue, ...reporter.mine]).toEqual([undefined, undefined, undefined]);
    expect(counts(reporter)).toEqual({ queue: 0, mine: 1, notices: 0 });
    expect(counts(reported)).toEqual({ queue: 0, mine: 0, notices: 0 });
    expect(counts(bystander)).toEqual({ queue: 0, mine: 0, notices: 0 });

    // A refused report announces nothing.
    expect((await reporter.client.post('/api/reports', { subjectType: 'user', userId: reporter.user.id, reason: 'other' })).statusCode).toBe(400);
    await settle();
    expect(counts(supervisor)).toEqual({ queue: 1, mine: 0, notices: 0 });
  });

  it('follows a decision, an appeal and its review to the team, the reporter and the person concerned', async () => {
    const id = await reportPerson();
    await waitFor(() => supervisor.queue.length === 1);

    expect((await supervisor.client.post(`/api/moderation/reports/${id}/decision`, { outcome: 'warned', note: 'Please keep it kind.' })).statusCode).toBe(200);
    await waitFor(() => admin.queue.length === 2 && reporter.mine.length === 2 && reported.notices.length === 1);

    // Someone else decided first: nothing changed, nothing is announced.
    expect((await admin.client.post(`/api/moderation/reports/${id}/decision`, { outcome: 'dismissed', note: 'Too late' })).statusCode).toBe(409);

    expect((await reported.client.post(`/api/me/moderation/${id}/appeal`, { text: 'It was a misunderstanding.' })).statusCode).toBe(200);
    await waitFor(() => supervisor.queue.length === 3 && reported.notices.length === 2);
    await settle();
    // The reporter is told the result of an appeal, not that one was made.
    expect(reporter.mine).toHaveLength(2);

    expect((await supervisor.client.post(`/api/moderation/reports/${id}/appeal-decision`, { outcome: 'overturned', note: 'Fair, lifted.' })).statusCode).toBe(200);
    await waitFor(() => admin.queue.length === 4 && reporter.mine.length === 3 && reported.notices.length === 3);
    await settle();
    expect(counts(bystander)).toEqual({ queue: 0, mine: 0, notices: 0 });
    expect(counts(reporter)).toEqual({ queue: 0, mine: 3, notices: 0 });
    expect(counts(reported)).toEqual({ queue: 0, mine: 0, notices: 3 });
    expect((await reporter.client.get('/api/me/reports')).json().reports[0]).toMatchObject({ outcome: 'warned', review: 'overturned', reportedHandle: 'Live Reported' });
  });

  it('does not tell a person about a dismissed report, and closes a suspended person’s socket after telling the team', async () => {
    const dismissed = await reportPerson();
    await supervisor.client.post(`/api/moderation/reports/${dismissed}/decision`, { outcome: 'dismissed', note: 'Nothing against the agreement.' });
    await waitFor(() => supervisor.queue.length === 2 && reporter.mine.length === 2);
    await settle();
    expect(reported.notices).toHaveLength(0);

    const suspended = await reportPerson();
    const closed = disconnected(reported.socket);
    await supervisor.client.post(`/api/moderation/reports/${suspended}/decision`, { outcome: 'suspended', note: 'A break from rooms.', suspendDays: 2 });
    expect(await closed).toBe('io server disconnect');
    await waitFor(() => admin.queue.length === 4 && reporter.mine.length === 4);
  });
});
