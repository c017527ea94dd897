import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SendAck } from '../../../shared/realtime/events.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createSupportPair, createUser, signedInClient, type SupportPair } from '../../test/factories.js';
import { collect, connected, listen, openSocket, settle, type TestSocket, waitFor } from '../../test/sockets.js';
import { testDialect } from '../../test/test-database.js';

describe(`safety alerts in real time on ${testDialect()}`, () => {
  let t: TestApp;
  let url: string;
  let pair: SupportPair;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    t = await buildTestApp();
    url = await listen(t);
    pair = await createSupportPair(t.app, { member: 'Live Safety Member' });
  });
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    await t.close();
  });

  it('puts an urgent message on the on-call supervisor’s open socket in under a second, and tells the rest of the team', async () => {
    const admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
    const onCallUser = await createUser(t.app, { roles: ['supervisor'], handle: 'On Call Owl' });
    const offRotaUser = await createUser(t.app, { roles: ['supervisor'] });
    await admin.post('/api/admin/on-call', { userId: onCallUser.id, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    const open = async (client: Parameters<typeof openSocket>[1]) => {
      const socket = openSocket(url, client);
      sockets.push(socket);
      return connected(socket);
    };
    const onCallSocket = await open(await signedInClient(t.app, onCallUser));
    const offRotaSocket = await open(await signedInClient(t.app, offRotaUser));
    const memberSocket = await open(pair.member);
    const alertsOnCall = collect(onCallSocket, 'safety:alert');
    const alertsOffRota = collect(offRotaSocket, 'safety:alert');
    const teamChanges = collect(offRotaSocket, 'safety:alerts-changed');
    const memberAlerts = collect(memberSocket, 'safety:alert');

    const sentAt = performance.now();
    const ack = (await memberSocket.emitWithAck('message:send', {
      conversationId: pair.conversationId, clientId: 'urgent-live-1', body: 'I wrote my goodbye letters and tonight I am going to jump from the bridge.',
    })) as SendAck;
    await waitFor(() => alertsOnCall.length === 1, 1000);
    const elapsed = performance.now() - sentAt;
    expect(elapsed).toBeLessThan(1000);
    expect(ack).toMatchObject({ ok: true, supportCard: { level: 'urgent' } });
    expect(alertsOnCall[0]).toMatchObject({ reason: 'urgent_message', member: { handle: 'Live Safety Member' } });
    await waitFor(() => teamChanges.length >= 1);
    await settle();
    expect(alertsOffRota).toEqual([]);
    expect(memberAlerts).toEqual([]);
  });
});
