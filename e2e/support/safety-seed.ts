import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type KindredApp } from '../../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../../server/platform/db/connect.js';
import type { TestUser } from '../../server/test/factories.js';
import { TestClient } from '../../server/test/test-client.js';
import { e2eConfig } from './e2e-config.js';

const HOUR_MS = 3600_000;

/** Sets up safety journeys (on-call shifts, rooms with a moderator) through the HTTP API, as admins and members would. */
export class SafetySeeder {
  private constructor(
    private readonly app: KindredApp,
    private readonly database: DatabaseHandle,
    private readonly origin: string,
  ) {}

  static async open(): Promise<SafetySeeder> {
    const databaseUrl = inject('databaseUrl');
    const baseUrl = inject('baseUrl');
    const database = connectDatabase(databaseUrl);
    const app = await buildApp(e2eConfig(baseUrl, databaseUrl), { database });
    return new SafetySeeder(app, database, baseUrl);
  }

  /** The admin puts the supervisor on call from now for eight hours. */
  async onCallNow(admin: TestUser, supervisor: TestUser, position = 1): Promise<void> {
    const now = Date.now();
    await this.post(admin, '/api/admin/on-call', {
      userId: supervisor.id,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 8 * HOUR_MS).toISOString(),
      position,
    });
  }

  /** The admin opens a room with one moderator; the members join, accepting its agreement. Returns the room's id. */
  async room(admin: TestUser, title: string, moderator: TestUser, members: readonly TestUser[]): Promise<string> {
    const created = await this.post(admin, '/api/admin/rooms', { title, agreement: 'Be kind. What is shared here stays here.', memberCap: 20 });
    const roomId = (created as { room: { id: string } }).room.id;
    await this.post(admin, `/api/admin/rooms/${encodeURIComponent(roomId)}/moderators`, { userId: moderator.id });
    for (const member of members) await this.post(member, `/api/rooms/${encodeURIComponent(roomId)}/join`, { agreementVersion: 1 });
    return roomId;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }

  private async post(user: TestUser, url: string, body: unknown): Promise<unknown> {
    const client = new TestClient(this.app);
    const headers = { origin: this.origin };
    const signedIn = await client.request('POST', '/api/auth/sign-in', { body: { email: user.email, password: user.password }, headers });
    if (signedIn.statusCode !== 200) throw new Error(`sign-in failed for ${user.handle}: ${signedIn.body}`);
    const response = await client.request('POST', url, { body, headers });
    if (response.statusCode >= 300) throw new Error(`POST ${url} as ${user.handle} failed: ${response.statusCode} ${response.body}`);
    return response.json();
  }
}

/** One safety seeder per spec file, opened before its tests and closed after. */
export function useSafetySeed() {
  const state = {} as { seed: SafetySeeder };
  beforeAll(async () => {
    state.seed = await SafetySeeder.open();
  });
  afterAll(async () => {
    await state.seed?.close();
  });
  return {
    get seed() {
      return state.seed;
    },
  };
}
