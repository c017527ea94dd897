import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/build-test-app.js';
import { createUser, signedInClient } from '../test/factories.js';
import { TEST_ORIGIN, TestClient } from '../test/test-client.js';
import { testDialect } from '../test/test-database.js';

describe(`HTTP platform on ${testDialect()}`, () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('refuses state-changing requests without a same-site Origin or without the CSRF token', async () => {
    t = await buildTestApp();
    const client = new TestClient(t.app);
    const body = { acceptTerms: true, email: 'csrf@example.test', password: 'violet-otter-climbs-29', handle: 'Csrf Test' };
    const csrf = (await client.get('/api/auth/csrf')).json().csrfToken as string;

    const noToken = await client.request('POST', '/api/auth/register', { body, csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_invalid');

    const wrongToken = await client.request('POST', '/api/auth/register', { body, csrf: false, headers: { 'x-csrf-token': `${csrf}x` } });
    expect(wrongToken.statusCode).toBe(403);

    const foreign = await client.request('POST', '/api/auth/register', { body, headers: { origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);

    const refererOnly = await client.request('POST', '/api/auth/register', { body, headers: { origin: '', referer: `${TEST_ORIGIN}/sign-up` } });
    expect(refererOnly.statusCode).toBe(201);
    expect(await t.database.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'csrf@example.test' }]);
  });

  it('answers errors as problem+json without stack traces, and unknown API routes with 404', async () => {
    t = await buildTestApp();
    t.app.get('/api/test-failure', { config: { access: 'public' } }, async () => {
      throw new Error('database password is hunter2');
    });
    const failure = await t.app.inject({ method: 'GET', url: '/api/test-failure' });
    expect(failure.statusCode).toBe(500);
    expect(failure.headers['content-type']).toContain('application/problem+json');
    expect(failure.body).not.toContain('hunter2');
    expect(failure.body).not.toContain('at ');
    expect(failure.json()).toMatchObject({ status: 500, code: 'internal_error', type: 'urn:kindred:problem:internal_error' });

    const missing = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Not Found' });

    const wrongType = await new TestClient(t.app).request('POST', '/api/auth/sign-in', { body: '<email/>', headers: { 'content-type': 'application/xml' } });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.headers['content-type']).toContain('application/problem+json');
  });

  it('sends security headers, with a CSP the web client passes, and no-store on API responses', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/crisis-lines' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });
  });

  it('marks cookies Secure with the __Host- prefix and sends HSTS when served over HTTPS', async () => {
    t = await buildTestApp({ env: { PUBLIC_URL: 'https://kindred.test' } });
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    expect(String(response.headers['set-cookie'])).toMatch(/^__Host-kindred_csrf=.*; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });

  it('publishes an OpenAPI 3 document and the docs UI', async () => {
    t = await buildTestApp();
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/admin/audit', '/api/crisis-lines']));
    expect(document.paths['/api/auth/register'].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('reports liveness and database readiness', async () => {
    t = await buildTestApp();
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready', database: testDialect() });
    await t.database.close();
    const notReady = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(notReady.statusCode).toBe(503);
    t.database.close = async () => {};
  });

  it('rate-limits the API per address with a problem+json 429', async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await t.app.inject({ method: 'GET', url: '/api/crisis-lines' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await t.app.inject({ method: 'GET', url: '/api/crisis-lines' });
    expect(limited.json().code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('never logs passwords, session tokens, cookies or CSRF tokens', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    t = await buildTestApp({ env: { LOG_LEVEL: 'trace' }, logStream });
    const user = await createUser(t.app);
    const client = await signedInClient(t.app, user);
    await client.post('/api/me/password', { currentPassword: user.password, newPassword: 'saffron-glacier-drums-63' });
    await client.post('/api/auth/register', { acceptTerms: true, email: 'x@example.test', password: 'kestrel-orchard-drum-12', handle: 'Log Check' });
    const log = lines.join('');
    expect(log).toContain('/api/auth/sign-in');
    for (const secret of [user.password, 'saffron-glacier-drums-63', 'kestrel-orchard-drum-12', client.cookie('kindred_session')!, client.cookie('kindred_csrf')!]) {
      expect(log).not.toContain(secret);
    }
  });

  it('serves the web client and falls back to index.html for client routes, never for the API', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kindred-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Kindred</title>');
    t = await buildTestApp({ env: { WEB_DIST: dist } });
    try {
      const page = await t.app.inject({ method: 'GET', url: '/account/security', headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Kindred</title>');
      const api = await t.app.inject({ method: 'GET', url: '/api/nothing', headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
