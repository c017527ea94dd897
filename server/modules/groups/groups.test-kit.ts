// Shared set-up for the groups tests: an app on a hand-driven clock, staff, trained facilitators and a group.
import { buildApp, type KindredApp } from '../../app.js';
import { testConfig } from '../../test/build-test-app.js';
import { createActiveSupporter, createUser, signedInClient, type TestUser } from '../../test/factories.js';
import { ManualClock } from '../../test/manual-clock.js';
import type { TestClient } from '../../test/test-client.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';

/** Friday 20 March 2026, midday in Madrid; the clocks there go forward on Sunday 29 March at 02:00. */
export const START = new Date('2026-03-20T12:00:00.000Z');

/** Weekly on Sundays at 10:00 in Madrid, online. */
export const SUNDAY_GROUP = {
  name: 'Sunday circle', description: 'A fictional test group.', topics: ['anxiety'], language: 'en', format: 'online',
  videoLink: 'https://meet.example.test/sunday-circle', timeZone: 'Europe/Madrid', rule: 'FREQ=WEEKLY;BYDAY=SU', startsLocal: '2026-03-22T10:00',
  durationMinutes: 90, capacity: 3,
};

export interface GroupsKit {
  app: KindredApp;
  database: TestDatabase;
  clock: ManualClock;
  admin: TestClient;
  facilitatorUser: TestUser;
  facilitator: TestClient;
  close(): Promise<void>;
  member(handle?: string): Promise<{ user: TestUser; client: TestClient }>;
  createGroup(overrides?: Record<string, unknown>): Promise<{ id: string; roomId: string; agreementVersion: number }>;
  kindsFor(client: TestClient): Promise<string[]>;
}

export async function groupsKit(): Promise<GroupsKit> {
  const database = await createTestDatabase();
  const clock = new ManualClock(START);
  const app = await buildApp(testConfig(), { database, clock });
  const admin = await signedInClient(app, await createUser(app, { roles: ['admin'] }));
  const facilitatorUser = await createActiveSupporter(app, { handle: `Facilitator ${Math.random().toString(36).slice(2, 7)}` });
  const facilitator = await signedInClient(app, facilitatorUser);
  return {
    app, database, clock, admin, facilitatorUser, facilitator,
    async close() {
      await app.close();
      await database.dispose();
    },
    async member(handle) {
      const user = await createUser(app, handle ? { handle } : {});
      return { user, client: await signedInClient(app, user) };
    },
    async createGroup(overrides = {}) {
      const response = await admin.post('/api/groups', { ...SUNDAY_GROUP, facilitators: [{ userId: facilitatorUser.id, role: 'lead' }], ...overrides });
      if (response.statusCode !== 201) throw new Error(`group not created: ${response.statusCode} ${response.body}`);
      const group = response.json().group;
      return { id: group.id, roomId: (await facilitator.get(`/api/groups/${group.id}`)).json().group.roomId, agreementVersion: group.agreementVersion };
    },
    async kindsFor(client) {
      return ((await client.get('/api/notifications')).json().notifications as Array<{ kind: string }>).map((n) => n.kind);
    },
  };
}
