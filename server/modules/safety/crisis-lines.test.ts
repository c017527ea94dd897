import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

describe(`crisis lines on ${testDialect()}`, () => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await buildTestApp();
    admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
  });
  afterEach(() => t.close());

  it('shows the default lines to anyone, signed in or not', async () => {
    const response = await new TestClient(t.app).get('/api/crisis-lines');
    expect(response.statusCode).toBe(200);
    const lines = response.json().lines as Array<{ phone: string | null; url: string | null; countries: string[] }>;
    expect(lines.map((line) => line.phone)).toEqual(['988', '116 123', '024', '911', '112', null]);
    expect(lines.at(-1)?.url).toBe('https://findahelpline.com');
    expect(Object.fromEntries(lines.map((line) => [line.phone ?? line.url, line.countries.slice(0, 2)]))).toEqual({
      988: ['US'], '116 123': ['GB', 'IE'], '024': ['ES'], 911: ['US', 'CA'], 112: ['AT', 'BE'], 'https://findahelpline.com': [],
    });
  });

  it('lets admins add, edit and remove lines, in order, with audit entries', async () => {
    const created = await admin.post('/api/admin/crisis-lines', {
      region: 'Ireland', name: 'Pieta', phone: '1800 247 247', url: 'https://www.pieta.ie', description: 'Free, 24/7.', sortOrder: 25,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().line.id;
    const phones = (await admin.get('/api/crisis-lines')).json().lines.map((line: { phone: string }) => line.phone);
    expect(phones.indexOf('1800 247 247')).toBe(2);

    const edited = await admin.put(`/api/admin/crisis-lines/${id}`, { region: 'Ireland', name: 'Pieta House', phone: '1800 247 247', url: null, countries: ['ie'] });
    expect(edited.json().line).toMatchObject({ name: 'Pieta House', url: null, description: '', sortOrder: 100, countries: ['IE'] });
    const badCountry = await admin.put(`/api/admin/crisis-lines/${id}`, { region: 'Ireland', name: 'Pieta House', countries: ['IE', 'XX'] });
    expect(badCountry.json().errors[0]).toMatchObject({ field: 'countries.1', code: 'country_unknown' });

    expect((await admin.delete(`/api/admin/crisis-lines/${id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/admin/crisis-lines/${id}`)).statusCode).toBe(404);

    const actions = await t.database.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).orderBy('id').execute();
    expect(actions.map((row) => row.action)).toEqual(['crisis_line.created', 'crisis_line.updated', 'crisis_line.deleted']);
  });

  it('names the fields of a bad line and changes nothing', async () => {
    const response = await admin.post('/api/admin/crisis-lines', { region: '', name: 'x', url: 'javascript:alert(1)' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual(['region', 'url']);
    expect((await admin.get('/api/crisis-lines')).json().lines).toHaveLength(6);
  });
});
