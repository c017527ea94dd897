import type { Role } from '../../shared/roles.js';
import type { KindredApp } from '../app.js';
import { TestClient } from './test-client.js';

let sequence = 0;

export const FACTORY_PASSWORD = 'quiet-harbour-lantern-47';

export interface TestUser {
  id: string;
  email: string;
  handle: string;
  password: string;
  roles: Role[];
}

export async function createUser(app: KindredApp, options: { roles?: Role[]; email?: string; handle?: string } = {}): Promise<TestUser> {
  sequence += 1;
  const suffix = `${sequence}${Math.random().toString(36).slice(2, 6)}`;
  const user = {
    email: options.email ?? `person${suffix}@example.test`,
    handle: options.handle ?? `Person ${suffix}`,
    password: FACTORY_PASSWORD,
    roles: options.roles ?? ['member'],
  };
  const id = await app.kindred.accounts.createAccount(
    { email: user.email, handle: user.handle, password: user.password },
    user.roles,
    { checkStrength: false },
  );
  return { id, ...user };
}

export async function signedInClient(app: KindredApp, user: TestUser, defaults: { ip?: string; userAgent?: string } = {}): Promise<TestClient> {
  const client = new TestClient(app, defaults);
  const response = await client.post('/api/auth/sign-in', { email: user.email, password: user.password });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return client;
}
