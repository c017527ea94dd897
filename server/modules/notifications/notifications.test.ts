import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../shared/contracts/notifications.js';
import { buildApp, type KindredApp } from '../../app.js';
import { memoryMailTransport, type CapturedMail } from '../../platform/mail.js';
import { testConfig } from '../../test/build-test-app.js';
import { createSupportPair, createUser, FACTORY_PASSWORD, signedInClient, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import { collect, connected, openSocket, settle, waitFor } from '../../test/sockets.js';
import { TestClient } from '../../test/test-client.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database.js';
import { newId } from '../../platform/ids.js';
import type { NotifyInput } from './notifications.service.js';

/** Sunday 22 November 2026, noon UTC. */
const START = new Date('2026-11-22T12:00:00.000Z');

interface Harness {
  app: KindredApp;
  database: TestDatabase;
  clock: ManualClock;
  sent: CapturedMail[];
  close(): Promise<void>;
}

/** The app with a hand-moved clock and, unless asked otherwise, email captured in memory as if SMTP were set. */
async function harness(options: { email?: boolean } = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const clock = new ManualClock(START);
  const mail = memoryMailTransport();
  const app = await buildApp(testConfig(), { database, clock, ...(options.email === false ? {} : { mailTransport: mail.transport }) });
  return {
    app, database, clock, sent: mail.sent,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

describe(`notifications on ${testDialect()}`, () => {
  let h: Harness;
  let user: TestUser;
  let client: TestClient;
  beforeEach(async () => {
    h = await harness();
    user = await createUser(h.app, { handle: 'Linden Lark' });
    client = await signedInClient(h.app, user);
  });
  afterEach(() => h.close());

  const notify = (n: Omit<NotifyInput, 'userId'> & { userId?: string }) =>
    h.app.kindred.db.transaction().execute((trx) => h.app.kindred.notifications.notifier.notify(trx, { userId: user.id, ...n }));

  it('stores a notification in the caller’s transaction and announces it live only after commit', async () => {
    const url = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const socket = await connected(openSocket(url, client));
    const arrived = collect(socket, 'notification:new');

    await notify({ kind: 'check_in.reminder', data: { withHandle: 'Cedar Calm', at: '2026-11-22T13:00:00.000Z' }, link: '/support' });
    await waitFor(() => arrived.length === 1);
    expect(arrived[0]).toEqual({
      notification: { id: expect.any(String), kind: 'check_in.reminder', data: { withHandle: 'Cedar Calm', at: '2026-11-22T13:00:00.000Z' }, link: '/support', createdAt: START.toISOString(), readAt: null },
      unreadCount: 1,
    });

    // Rolled back with the caller's other work: never stored, never announced.
    await expect(h.app.kindred.db.transaction().execute(async (trx) => {
      await h.app.kindred.notifications.notifier.notify(trx, { userId: user.id, kind: 'goal.shared', data: {} });
      throw new Error('the caller changed its mind');
    })).rejects.toThrow('changed its mind');
    await settle(300);
    expect(arrived).toHaveLength(1);

    const list = await client.get('/api/notifications');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ notifications: [arrived[0]!.notification], unreadCount: 1, nextCursor: null });
    socket.close();
  });

  it('refuses unknown kinds, bad data and links that leave Kindred', async () => {
    await expect(notify({ kind: 'nope' as never, data: {} })).rejects.toThrow();
    await expect(notify({ kind: 'goal.shared', data: { nested: { a: 1 } as never } })).rejects.toThrow();
    for (const link of ['https://evil.example/', '//evil.example', '/\\evil.example', 'support']) {
      await expect(notify({ kind: 'goal.shared', data: {}, link })).rejects.toThrow('path inside Kindred');
    }
    expect((await client.get('/api/notifications')).json().notifications).toEqual([]);
  });

  it('pages newest first with a cursor and names bad paging fields', async () => {
    for (let index = 0; index < 25; index += 1) {
      await notify({ kind: 'goal.step_suggested', data: { n: index } });
      h.clock.advanceSeconds(index % 3 === 0 ? 0 : 1);
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await client.get(`/api/notifications?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.unreadCount).toBe(25);
      seen.push(...body.notifications.map((n: { data: { n: number } }) => n.data.n));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => 24 - index));

    const badCursor = await client.get('/api/notifications?cursor=not-a-cursor');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.headers['content-type']).toContain('application/problem+json');
    expect(badCursor.json().errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'cursor_invalid' })]);
    const badLimit = await client.get('/api/notifications?limit=500');
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('marks some or all read, only ever the person’s own, and tells their other tabs', async () => {
    const other = await createUser(h.app);
    const otherClient = await signedInClient(h.app, other);
    await notify({ kind: 'goal.shared', data: {} });
    await notify({ kind: 'goal.shared', data: {} });
    await notify({ kind: 'goal.shared', data: {} });
    await notify({ kind: 'goal.shared', data: {}, userId: other.id });
    const mine = (await client.get('/api/notifications')).json().notifications.map((n: { id: string }) => n.id);
    const theirs = (await otherClient.get('/api/notifications')).json().notifications.map((n: { id: string }) => n.id);

    const url = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const otherTab = await connected(openSocket(url, client));
    const reads = collect(otherTab, 'notifications:read');

    const some = await client.post('/api/notifications/read', { ids: [mine[0], theirs[0]] });
    expect(some.statusCode).toBe(200);
    expect(some.json()).toEqual({ unreadCount: 2 });
    expect((await otherClient.get('/api/notifications')).json().unreadCount).toBe(1);
    const listed = (await client.get('/api/notifications')).json().notifications;
    expect(listed.find((n: { id: string }) => n.id === mine[0]).readAt).toBe(START.toISOString());

    expect((await client.post('/api/notifications/read', { all: true })).json()).toEqual({ unreadCount: 0 });
    await waitFor(() => reads.length === 2);
    expect(reads).toEqual([{ unreadCount: 2 }, { unreadCount: 0 }]);
    expect((await otherClient.get('/api/notifications')).json().unreadCount).toBe(1);
    otherTab.close();

    for (const body of [{}, { ids: [] }, { ids: ['a'], all: true }, { all: false }]) {
      const bad = await client.post('/api/notifications/read', body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^(ids|all)$/)]));
    }
  });

  it('needs a signed-in person for every route', async () => {
    const anonymous = new TestClient(h.app);
    expect((await anonymous.get('/api/notifications')).statusCode).toBe(401);
    expect((await anonymous.get('/api/me/notification-preferences')).statusCode).toBe(401);
    expect((await anonymous.post('/api/notifications/read', { all: true })).statusCode).toBe(401);
    expect((await anonymous.put('/api/me/notification-preferences', { weeklyDigest: true })).statusCode).toBe(401);
  });

  it('keeps preferences with defaults, and names each bad field without saving any of them', async () => {
    const defaults = (await client.get('/api/me/notification-preferences')).json();
    expect(defaults).toMatchObject({
      reminderMinutesBefore: 60, quietFrom: null, quietUntil: null, weeklyDigest: false, timeZone: 'UTC', emailAvailable: true,
      alwaysInApp: ['check_in.missed', 'check_in.changed', 'relationship.ended'],
    });
    expect(defaults.channels['check_in.reminder']).toEqual({ inApp: true, email: false });
    expect(Object.keys(defaults.channels)).toHaveLength(NOTIFICATION_KINDS.length);
    expect(await h.app.kindred.notifications.notifier.reminderLeadMinutes(h.app.kindred.db, user.id)).toBe(60);

    const saved = await client.put('/api/me/notification-preferences', {
      channels: { 'check_in.reminder': { email: true }, 'goal.shared': { inApp: false } },
      reminderMinutesBefore: 30, quietFrom: '22:00', quietUntil: '07:30',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ reminderMinutesBefore: 30, quietFrom: '22:00', quietUntil: '07:30' });
    expect(saved.json().channels['check_in.reminder']).toEqual({ inApp: true, email: true });
    expect(saved.json().channels['goal.shared']).toEqual({ inApp: false, email: false });
    expect(await h.app.kindred.notifications.notifier.reminderLeadMinutes(h.app.kindred.db, user.id)).toBe(30);

    const bad = await client.put('/api/me/notification-preferences', {
      channels: { 'check_in.missed': { inApp: false }, 'relationship.ended': { inApp: false, email: true } }, reminderMinutesBefore: 10,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['channels.check_in.missed.inApp', 'always_on'], ['channels.relationship.ended.inApp', 'always_on'],
    ]);
    for (const [body, field] of [
      [{ reminderMinutesBefore: 4 }, 'reminderMinutesBefore'], [{ reminderMinutesBefore: 2881 }, 'reminderMinutesBefore'],
      [{ reminderMinutesBefore: 12.5 }, 'reminderMinutesBefore'], [{ quietFrom: '25:00' }, 'quietFrom'], [{ quietUntil: '7:00' }, 'quietUntil'],
      [{ quietFrom: null }, 'quietFrom'], [{ quietUntil: '22:00' }, 'quietUntil'], [{ channels: { 'not.a.kind': { email: true } } }, 'channels'],
      [{ surprise: 1 }, 'body'],
    ] as const) {
      const response = await client.put('/api/me/notification-preferences', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { field: string }) => e.field).join(' '), JSON.stringify(body)).toContain(field);
    }
    expect((await client.get('/api/me/notification-preferences')).json()).toMatchObject({ reminderMinutesBefore: 30, quietFrom: '22:00', quietUntil: '07:30' });
    const cleared = await client.put('/api/me/notification-preferences', { quietFrom: null, quietUntil: null });
    expect(cleared.json()).toMatchObject({ quietFrom: null, quietUntil: null });
  });

  it('leaves a kind turned off out of the centre, but always shows safety-relevant ones', async () => {
    await client.put('/api/me/notification-preferences', { channels: { 'goal.shared': { inApp: false }, 'digest.weekly': { inApp: false, email: false } } });
    await notify({ kind: 'goal.shared', data: {} });
    await notify({ kind: 'digest.weekly', data: {} });
    // Stored before the setting existed: a safety-relevant kind turned off is still shown.
    await h.database.db.updateTable('notification_preferences').set({ channels: JSON.stringify({ 'relationship.ended': { inApp: false, email: false } }) }).execute();
    await notify({ kind: 'relationship.ended', data: {} });
    const list = (await client.get('/api/notifications')).json();
    expect(list.notifications.map((n: { kind: string }) => n.kind)).toEqual(['relationship.ended']);
    expect(list.unreadCount).toBe(1);
  });

  it('emails only what kind of thing is waiting, in the person’s language, once, after their quiet hours', async () => {
    await client.put('/api/me/profile', { handle: 'Linden Lark', timeZone: 'Europe/Madrid' });
    await h.database.db.updateTable('users').set({ locale: 'es' }).where('id', '=', user.id).execute();
    // 12:00 UTC is 13:00 in Madrid: inside quiet hours from 12:30 to 14:15.
    await client.put('/api/me/notification-preferences', { channels: { 'check_in.reminder': { email: true } }, quietFrom: '12:30', quietUntil: '14:15' });
    h.clock.advanceMinutes(30);
    await notify({ kind: 'check_in.reminder', data: { withHandle: 'Cedar Calm', talkedAbout: 'private words' }, link: '/support/check-ins/abc' });

    expect(await h.app.kindred.jobs.runDue()).toBe(0);
    expect(h.sent).toEqual([]);
    h.clock.advanceMinutes(44);
    expect(await h.app.kindred.jobs.runDue()).toBe(0);
    h.clock.advanceMinutes(1);
    expect(await h.app.kindred.jobs.runDue()).toBe(1);
    expect(h.sent).toHaveLength(1);
    const [email] = h.sent;
    expect(email!.to).toBe(user.email);
    expect(email!.subject).toBe('Tienes un recordatorio de encuentro en Kindred');
    expect(email!.text).toContain('http://kindred.test/support/check-ins/abc');
    expect(email!.text).toContain('http://kindred.test/settings/notifications');
    expect(email!.text).not.toContain('Cedar Calm');
    expect(email!.text).not.toContain('private words');
    expect(email!.headers['Content-Language']).toBe('es');
    expect(email!.messageId).toMatch(/^<notification-.+@kindred\.test>$/);

    // Queued twice or run again, it is still one email.
    const [row] = await h.database.db.selectFrom('notifications').select(['id', 'emailed_at']).execute();
    expect(row!.emailed_at).toBe(h.clock.now().toISOString());
    await h.app.kindred.jobs.schedule(h.database.db, { kind: 'notifications.email', runAt: h.clock.now(), payload: { notificationId: row!.id } });
    await h.app.kindred.jobs.runDue();
    expect(h.sent).toHaveLength(1);
  });

  it('sends no email for kinds left off, or when the person turns email off before it goes', async () => {
    await notify({ kind: 'goal.shared', data: {} });
    await client.put('/api/me/notification-preferences', { channels: { 'goal.shared': { email: true } }, quietFrom: '11:00', quietUntil: '13:00' });
    await notify({ kind: 'goal.shared', data: {} });
    await client.put('/api/me/notification-preferences', { channels: { 'goal.shared': { email: false } } });
    h.clock.advanceMinutes(120);
    expect(await h.app.kindred.jobs.runDue()).toBe(1);
    expect(h.sent).toEqual([]);
  });

  it('exports the person’s notifications and settings, and erases them and their name in other people’s', async () => {
    const other = await createUser(h.app, { handle: 'Other Osprey' });
    await notify({ kind: 'goal.shared', data: { handle: 'Other Osprey' }, link: '/support' });
    await notify({ kind: 'relationship.ended', data: { handle: 'Linden Lark', byId: user.id, n: 2 }, userId: other.id });
    await client.put('/api/me/notification-preferences', { quietFrom: '21:00', quietUntil: '06:00', weeklyDigest: true });

    const exported = (await client.get('/api/me/export')).json().sections.notifications;
    expect(exported.notifications).toEqual([expect.objectContaining({ kind: 'goal.shared', data: { handle: 'Other Osprey' }, link: '/support', read_at: null })]);
    expect(exported.preferences).toMatchObject({ quietFrom: '21:00', quietUntil: '06:00', weeklyDigest: true, timeZone: 'UTC' });

    expect((await client.post('/api/me/delete', { password: FACTORY_PASSWORD, confirm: 'DELETE' })).statusCode).toBe(204);
    const left = await h.database.db.selectFrom('notifications').select(['user_id', 'data']).execute();
    expect(left).toEqual([{ user_id: other.id, data: JSON.stringify({ handle: null, byId: null, n: 2 }) }]);
    expect(await h.database.db.selectFrom('notification_preferences').select('user_id').execute()).toEqual([]);
    expect(await h.database.db.selectFrom('jobs').select('id').where('kind', '=', 'notifications.digest').execute()).toEqual([]);
  });

  it('writes a weekly digest on Monday morning in the person’s zone while they want it', async () => {
    const pair = await createSupportPair(h.app);
    const member = pair.member;
    await member.put('/api/me/profile', { handle: pair.memberUser.handle, timeZone: 'America/New_York' });
    const checkIn = (plannedAt: string, status = 'planned') => ({
      id: newId(), relationship_id: pair.relationshipId, plan_id: null, planned_at: plannedAt, duration_minutes: 45, meeting_mode: 'chat',
      meeting_detail: null, status, marked_by: null, marked_at: null, mood: null, mood_words: null, talked_about: null,
      created_at: START.toISOString(), updated_at: START.toISOString(),
    });
    await h.database.db.insertInto('check_ins').values([
      checkIn('2026-11-24T15:00:00.000Z'), checkIn('2026-11-27T15:00:00.000Z'), checkIn('2026-11-25T15:00:00.000Z', 'cancelled'), checkIn('2026-12-05T15:00:00.000Z'),
    ]).execute();
    await h.app.kindred.db.transaction().execute((trx) => h.app.kindred.notifications.notifier.notify(trx, { userId: pair.memberUser.id, kind: 'goal.shared', data: {} }));

    const on = await member.put('/api/me/notification-preferences', { weeklyDigest: true });
    expect(on.json().weeklyDigest).toBe(true);
    const digestJobs = () => h.database.db.selectFrom('jobs').select(['run_at', 'status']).where('kind', '=', 'notifications.digest').orderBy('run_at').execute();
    // Monday 23 November, 09:00 in New York.
    expect(await digestJobs()).toEqual([{ run_at: '2026-11-23T14:00:00.000Z', status: 'pending' }]);
    await member.put('/api/me/notification-preferences', { weeklyDigest: true });
    expect(await digestJobs()).toHaveLength(1);

    h.clock.advanceMinutes(26 * 60);
    expect(await h.app.kindred.jobs.runDue()).toBeGreaterThanOrEqual(1);
    const list = (await member.get('/api/notifications')).json();
    expect(list.notifications[0]).toMatchObject({ kind: 'digest.weekly', data: { unread: 1, upcomingCheckIns: 2 }, link: '/notifications' });
    // The digest is emailed by default once chosen, and the next one waits a week.
    expect(h.sent.map((mail) => mail.subject)).toEqual(['You have your weekly summary on Kindred']);
    expect(await digestJobs()).toEqual([{ run_at: '2026-11-23T14:00:00.000Z', status: 'done' }, { run_at: '2026-11-30T14:00:00.000Z', status: 'pending' }]);

    await member.put('/api/me/notification-preferences', { weeklyDigest: false });
    expect(await digestJobs()).toEqual([{ run_at: '2026-11-23T14:00:00.000Z', status: 'done' }]);
    h.clock.advanceMinutes(8 * 24 * 60);
    await h.app.kindred.jobs.runDue();
    expect((await member.get('/api/notifications')).json().notifications.filter((n: { kind: string }) => n.kind === 'digest.weekly')).toHaveLength(1);
  });
});

describe(`notifications without SMTP on ${testDialect()}`, () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness({ email: false });
  });
  afterEach(() => h.close());

  it('keeps email choices but queues no email jobs', async () => {
    const user = await createUser(h.app);
    const client = await signedInClient(h.app, user);
    const prefs = await client.put('/api/me/notification-preferences', { channels: { 'check_in.reminder': { email: true } } });
    expect(prefs.json()).toMatchObject({ emailAvailable: false, channels: { 'check_in.reminder': { inApp: true, email: true } } });
    await h.app.kindred.db.transaction().execute((trx) => h.app.kindred.notifications.notifier.notify(trx, { userId: user.id, kind: 'check_in.reminder', data: {} }));
    expect(await h.database.db.selectFrom('jobs').select('id').where('kind', '=', 'notifications.email').execute()).toEqual([]);
    expect((await client.get('/api/notifications')).json().unreadCount).toBe(1);
  });
});
