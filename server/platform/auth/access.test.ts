import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/roles.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

/** A syntactically valid id for path parameters, so the access check (not a 404) answers. */
const SAMPLE_PARAMS: Record<string, string> = { id: '019aa000-0000-7000-8000-0000000000ff', role: 'supporter' };

function concrete(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x');
}

describe(`every route declares and enforces who may call it (${testDialect()})`, () => {
  let t: TestApp;
  const clients = new Map<Role, TestClient>();
  beforeAll(async () => {
    t = await buildTestApp();
    for (const role of ROLES) {
      // Each client holds exactly one role beyond the member role every account has.
      const user = await createUser(t.app, { roles: role === 'member' ? ['member'] : [role] });
      if (role !== 'member') await t.database.db.deleteFrom('user_roles').where('user_id', '=', user.id).where('role', '=', 'member').execute();
      clients.set(role, await signedInClient(t.app, user));
    }
  });
  afterAll(() => t.close());

  it('has an access declaration for every API route', () => {
    const urls = t.app.kindred.routeAccess.map((route) => `${route.method} ${route.url}`);
    expect(urls).toEqual(expect.arrayContaining(['POST /api/auth/register', 'GET /api/admin/audit', 'PUT /api/admin/crisis-lines/:id']));
    expect(t.app.kindred.routeAccess.length).toBeGreaterThan(15);
  });

  it('answers 401 to anonymous callers of every non-public route', async () => {
    const guarded = t.app.kindred.routeAccess.filter((route) => route.access !== 'public');
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const response = await new TestClient(t.app).request(route.method as 'GET', concrete(route.url), { body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect.soft(`${route.method} ${route.url} -> ${response.statusCode}`).toBe(`${route.method} ${route.url} -> 401`);
    }
  });

  it('answers 403 to every signed-in role the route does not list', async () => {
    const roleRoutes = t.app.kindred.routeAccess.filter((route) => Array.isArray(route.access));
    expect(roleRoutes.length).toBeGreaterThan(5);
    for (const route of roleRoutes) {
      const allowed = route.access as readonly Role[];
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const response = await clients.get(role)!.request(route.method as 'GET', concrete(route.url), {
          body: route.method === 'POST' || route.method === 'PUT' ? {} : undefined,
        });
        expect.soft(`${role} ${route.method} ${route.url} -> ${response.statusCode}`).toBe(`${role} ${route.method} ${route.url} -> 403`);
      }
    }
  });
});
