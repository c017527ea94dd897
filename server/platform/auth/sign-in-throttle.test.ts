import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`sign-in throttling on ${testDialect()}`, () => {
  let t: TestApp;
  let clock: ManualClock;
  let member: TestUser;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await buildTestApp({ clock, env: { SIGN_IN_IP_MAX_FAILURES: '12' } });
    member = await createUser(t.app);
  });
  afterEach(() => t.close());

  const attempt = (client: TestClient, password: string, email = member.email) =>
    client.post('/api/auth/sign-in', { email, password });

  it('backs off after three failures and locks the account for 15 minutes after five, with Retry-After', async () => {
    const client = new TestClient(t.app, { ip: '198.51.100.1' });
    for (let i = 0; i < 3; i += 1) expect((await attempt(client, 'wrong-guess')).statusCode).toBe(401);

    const tooSoon = await attempt(client, member.password);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.headers['retry-after']).toBe('1');
    expect(tooSoon.json().code).toBe('too_many_attempts');

    clock.advanceSeconds(1);
    expect((await attempt(client, 'wrong-guess')).statusCode).toBe(401);
    clock.advanceSeconds(2);
    expect((await attempt(client, 'wrong-guess')).statusCode).toBe(401);

    const locked = await attempt(client, member.password);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);

    clock.advanceMinutes(14);
    expect((await attempt(new TestClient(t.app, { ip: '198.51.100.2' }), member.password)).statusCode).toBe(429);
    clock.advanceMinutes(1);
    expect((await attempt(client, member.password)).statusCode).toBe(200);
  });

  it('forgets failures after a successful sign-in', async () => {
    const client = new TestClient(t.app);
    for (let i = 0; i < 2; i += 1) await attempt(client, 'wrong-guess');
    expect((await attempt(client, member.password)).statusCode).toBe(200);
    for (let i = 0; i < 2; i += 1) expect((await attempt(client, 'wrong-guess')).statusCode).toBe(401);
    expect((await attempt(client, member.password)).statusCode).toBe(200);
  });

  it('locks out an address that sprays many accounts', async () => {
    const sprayer = new TestClient(t.app, { ip: '203.0.113.9' });
    for (let i = 0; i < 12; i += 1) {
      expect((await attempt(sprayer, 'guess-guess', `target${i}@example.test`)).statusCode).toBe(401);
    }
    const blocked = await attempt(sprayer, member.password);
    expect(blocked.statusCode).toBe(429);
    expect((await attempt(new TestClient(t.app, { ip: '203.0.113.10' }), member.password)).statusCode).toBe(200);
  });

  it('audits failed, throttled and successful sign-ins', async () => {
    const client = new TestClient(t.app);
    for (let i = 0; i < 3; i += 1) await attempt(client, 'wrong-guess');
    await attempt(client, 'wrong-guess');
    clock.advanceMinutes(20);
    await attempt(client, member.password);
    const actions = (await t.database.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual([
      'account.registered',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_throttled',
      'auth.signed_in',
    ]);
  });
});
