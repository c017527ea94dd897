import { DateTime } from 'luxon';
import { afterAll, beforeAll, inject } from 'vitest';
import { createGroupInput, type CreateGroupInput } from '../../shared/contracts/groups.js';
import { buildApp, type KindredApp } from '../../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../../server/platform/db/connect.js';
import { seedActor } from '../../server/seeding.js';
import { createActiveSupporter, createUser, type TestUser } from '../../server/test/factories.js';
import { e2eConfig } from './e2e-config.js';

/** Seeds group journeys through the groups services, as an administrator and members would through their pages. */
export class GroupsSeeder {
  private constructor(private readonly app: KindredApp, private readonly database: DatabaseHandle) {}

  static async open(): Promise<GroupsSeeder> {
    const databaseUrl = inject('databaseUrl');
    const database = connectDatabase(databaseUrl);
    const app = await buildApp(e2eConfig(inject('baseUrl'), databaseUrl), { database });
    return new GroupsSeeder(app, database);
  }

  user(options: { handle?: string; roles?: ('admin' | 'supervisor')[] } = {}): Promise<TestUser> {
    return createUser(this.app, options);
  }

  activeSupporter(handle: string): Promise<TestUser> {
    return createActiveSupporter(this.app, { handle });
  }

  /** An administrator starts the group with `lead` facilitating; returns its id and agreement version. */
  async group(admin: TestUser, lead: TestUser, input: Omit<CreateGroupInput, 'facilitators'>): Promise<{ id: string; agreementVersion: number }> {
    const group = await this.app.kindred.groups.groups.create(
      seedActor(admin.id, admin.handle, ['member', 'admin']),
      createGroupInput.parse({ ...input, facilitators: [{ userId: lead.id, role: 'lead' }] }),
      '127.0.0.1',
    );
    return { id: group.id, agreementVersion: group.agreementVersion };
  }

  async join(member: TestUser, group: { id: string; agreementVersion: number }): Promise<void> {
    await this.app.kindred.groups.membership.join(seedActor(member.id, member.handle), group.id, group.agreementVersion);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }
}

/** A weekly meeting whose latest one began `minutesAgo` minutes ago on the zone's clock (so it is under way now). */
export function weeklyStartedAgo(timeZone: string, minutesAgo: number): { rule: string; startsLocal: string; timeZone: string } {
  const start = DateTime.now().setZone(timeZone).minus({ minutes: minutesAgo });
  return { rule: 'FREQ=WEEKLY', startsLocal: start.toFormat("yyyy-LL-dd'T'HH:mm"), timeZone };
}

export function useGroupsSeed() {
  const state = {} as { seed: GroupsSeeder };
  beforeAll(async () => {
    state.seed = await GroupsSeeder.open();
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
