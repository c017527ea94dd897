import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`consents and blocking on ${testDialect()}`, () => {
  let t: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app);
    await client.post('/api/auth/register', { acceptTerms: true, email: 'consent@example.test', password: 'lantern-meadow-otter-31', handle: 'Consent Cora' });
  });
  afterEach(() => t.close());

  const stateOf = (body: { consents: Array<{ kind: string; active: boolean }> }, kind: string) => body.consents.find((c) => c.kind === kind);

  it('shows the consents given at sign-up; evaluation use is off until the member opts in', async () => {
    const body = (await client.get('/api/me/consents')).json();
    expect(stateOf(body, 'terms')).toMatchObject({ active: true, required: true, agreedVersion: '2026-11-22' });
    expect(stateOf(body, 'privacy')).toMatchObject({ active: true, required: true });
    expect(stateOf(body, 'evaluation')).toMatchObject({ active: false, required: false, agreedAt: null });
  });

  it('opts in and withdraws evaluation use in one click each, effective at once, keeping the history', async () => {
    const agreed = await client.post('/api/me/consents/evaluation', { version: '2026-11-22' });
    expect(stateOf(agreed.json(), 'evaluation')?.active).toBe(true);
    const withdrawn = await client.delete('/api/me/consents/evaluation');
    expect(stateOf(withdrawn.json(), 'evaluation')).toMatchObject({ active: false });
    expect(stateOf((await client.get('/api/me/consents')).json(), 'evaluation')?.active).toBe(false);
    const history = withdrawn.json().history.filter((record: { kind: string }) => record.kind === 'evaluation');
    expect(history).toHaveLength(1);
    expect(history[0].withdrawnAt).toBeTruthy();
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'consent.%').orderBy('id').execute();
    expect(audit.map((row) => row.action)).toEqual(['consent.agreed', 'consent.withdrawn']);
  });

  it('explains that the terms cannot be withdrawn without deleting the account, and refuses outdated versions', async () => {
    const refused = await client.delete('/api/me/consents/terms');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('consent_required');
    const outdated = await client.post('/api/me/consents/evaluation', { version: '2020-01-01' });
    expect(outdated.json().errors[0]).toMatchObject({ field: 'version', code: 'consent_version_outdated' });
    expect((await client.post('/api/me/consents/marketing', { version: '2026-11-22' })).json().errors[0].field).toBe('kind');
  });

  it('blocks and unblocks by handle, refusing nobody and oneself', async () => {
    const other = await createUser(t.app, { handle: 'Pushy Pat' });
    const blocked = await client.post('/api/me/blocks', { handle: '  pushy pat ' });
    expect(blocked.statusCode).toBe(201);
    expect(blocked.json().block).toMatchObject({ userId: other.id, handle: 'Pushy Pat' });
    expect((await client.post('/api/me/blocks', { handle: 'Pushy Pat' })).statusCode).toBe(201);
    expect((await client.get('/api/me/blocks')).json().blocks).toHaveLength(1);

    expect((await client.post('/api/me/blocks', { handle: 'Nobody Here' })).json().errors[0]).toMatchObject({ field: 'handle', code: 'user_not_found' });
    expect((await client.post('/api/me/blocks', { handle: 'Consent Cora' })).json().errors[0]).toMatchObject({ field: 'handle', code: 'block_self' });

    expect((await client.delete(`/api/me/blocks/${other.id}`)).statusCode).toBe(204);
    expect((await client.delete(`/api/me/blocks/${other.id}`)).statusCode).toBe(404);
    expect((await client.get('/api/me/blocks')).json().blocks).toEqual([]);
    const pat = await signedInClient(t.app, other);
    expect((await pat.get('/api/me/blocks')).json().blocks).toEqual([]);
  });
});
