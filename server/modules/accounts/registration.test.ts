import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../platform/auth/tokens.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const STRONG = 'violet-otter-climbs-29';

describe(`registration on ${testDialect()}`, () => {
  let t: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app);
  });
  afterEach(() => t.close());

  it('creates a member, signs them in with an HttpOnly SameSite=Lax cookie, and stores only the token hash', async () => {
    const response = await client.post('/api/auth/register', { acceptTerms: true, email: '  River@Example.TEST ', password: STRONG, handle: 'Quiet River' });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ email: 'river@example.test', handle: 'Quiet River', roles: ['member'], locale: 'en' });
    expect(response.json().user).not.toHaveProperty('passwordHash');

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/kindred_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);

    const token = client.cookie('kindred_session');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored).toEqual([{ token_hash: sha256Hex(token!) }]);

    const user = await t.database.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);

    expect((await client.get('/api/me')).json().user.handle).toBe('Quiet River');
  });

  it('refuses a duplicate email (in any case) and a duplicate handle (in any case) with 409 naming the field', async () => {
    await createUser(t.app, { email: 'sam@example.test', handle: 'Sam Sparrow' });
    const sameEmail = await client.post('/api/auth/register', { acceptTerms: true, email: 'SAM@example.test', password: STRONG, handle: 'Another Name' });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.headers['content-type']).toContain('application/problem+json');
    expect(sameEmail.json().errors).toEqual([expect.objectContaining({ field: 'email', code: 'email_taken' })]);

    const sameHandle = await client.post('/api/auth/register', { acceptTerms: true, email: 'new@example.test', password: STRONG, handle: 'sam SPARROW' });
    expect(sameHandle.statusCode).toBe(409);
    expect(sameHandle.json().errors).toEqual([expect.objectContaining({ field: 'handle', code: 'handle_taken' })]);
  });

  it('refuses concurrent duplicate registrations cleanly: one account, the rest 409', async () => {
    const attempts = Array.from({ length: 8 }, (_, i) =>
      new TestClient(t.app).post('/api/auth/register', { acceptTerms: true, email: 'race@example.test', password: STRONG, handle: `Racer ${i}` }),
    );
    const handleRace = Array.from({ length: 8 }, (_, i) =>
      new TestClient(t.app).post('/api/auth/register', { acceptTerms: true, email: `h${i}@example.test`, password: STRONG, handle: 'Same Handle' }),
    );
    const statuses = (await Promise.all([...attempts, ...handleRace])).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(14);
    const users = await t.database.db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(2);
  });

  it.each([
    ['handle', 'ab', 'handle_too_short'],
    ['handle', 'x'.repeat(31), 'handle_too_long'],
    ['handle', 'me at mail@example.com', 'handle_contains_email'],
    ['handle', 'call 555 123 4567', 'handle_contains_phone'],
    ['handle', 'no <script>', 'handle_characters'],
    ['email', 'not-an-email', 'email_invalid'],
    ['password', 'short', 'password_too_short'],
  ])('rejects a bad %s (%s) with 400 naming the field', async (field, value, code) => {
    const body = { acceptTerms: true, email: 'ok@example.test', password: STRONG, handle: 'Okay Handle', [field]: value };
    const response = await client.post('/api/auth/register', body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await t.database.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it.each(['password1', 'qwertyuiop', 'iloveyou2', 'pond-walker@example.test'])('rejects the guessable password %s with a helpful message', async (password) => {
    const response = await client.post('/api/auth/register', { acceptTerms: true, email: 'pond-walker@example.test', password, handle: 'Pond Walker' });
    expect(response.statusCode).toBe(400);
    const error = response.json().errors[0];
    expect(error).toMatchObject({ field: 'password', code: 'password_weak' });
    expect(error.message).toMatch(/too easy to guess/);
  });

  it('names missing fields and answers a missing body with 400, not 500', async () => {
    const missing = await client.post('/api/auth/register', { acceptTerms: true, email: 'a@example.test' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['handle', 'password']);

    const noBody = await client.request('POST', '/api/auth/register', { headers: { 'content-type': 'application/json' }, body: '' });
    expect(noBody.statusCode).toBe(400);
    const badJson = await client.request('POST', '/api/auth/register', { headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.headers['content-type']).toContain('application/problem+json');
  });

  it('requires agreeing to the terms and privacy notice, and records both consents', async () => {
    const refused = await client.post('/api/auth/register', { email: 'terms@example.test', password: STRONG, handle: 'Terms Reader' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'acceptTerms', code: 'terms_required' })]);

    const accepted = await client.post('/api/auth/register', { acceptTerms: true, email: 'terms@example.test', password: STRONG, handle: 'Terms Reader' });
    const consents = await t.database.db.selectFrom('consent_records').select(['kind', 'user_id', 'withdrawn_at']).orderBy('kind').execute();
    expect(consents).toEqual([
      { kind: 'privacy', user_id: accepted.json().user.id, withdrawn_at: null },
      { kind: 'terms', user_id: accepted.json().user.id, withdrawn_at: null },
    ]);
  });

  it('records the registration and sign-in in the audit log', async () => {
    const response = await client.post('/api/auth/register', { acceptTerms: true, email: 'audit@example.test', password: STRONG, handle: 'Audit Owl' });
    const userId = response.json().user.id;
    const actions = await t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).orderBy('id').execute();
    expect(actions).toEqual([
      { action: 'account.registered', actor_id: userId },
      { action: 'auth.signed_in', actor_id: userId },
    ]);
  });
});
