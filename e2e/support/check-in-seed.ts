import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type KindredApp } from '../../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../../server/platform/db/connect.js';
import { seedActor } from '../../server/seeding.js';
import type { TestUser } from '../../server/test/factories.js';
import { ManualClock } from '../../server/test/manual-clock.js';
import { e2eConfig } from './e2e-config.js';

/**
 * Seeds check-ins whose time has already come, which the API (rightly) refuses to create: a second app
 * over the journey's database runs on a clock set in the past and adds a one-off check-in through the
 * real service "ahead" of that clock. To the server the journey talks to, it is simply a meeting that
 * took place and has not been marked yet.
 */
export class CheckInSeeder {
  private constructor(
    private readonly app: KindredApp,
    private readonly database: DatabaseHandle,
    private readonly clock: ManualClock,
  ) {}

  static async open(): Promise<CheckInSeeder> {
    const databaseUrl = inject('databaseUrl');
    const database = connectDatabase(databaseUrl);
    const clock = new ManualClock(new Date());
    const app = await buildApp(e2eConfig(inject('baseUrl'), databaseUrl), { database, clock });
    return new CheckInSeeder(app, database, clock);
  }

  /** The id of the active relationship between these two people. */
  async relationshipId(member: TestUser, supporter: TestUser): Promise<string> {
    const row = await this.app.kindred.db.selectFrom('support_relationships').select('id')
      .where('member_id', '=', member.id).where('supporter_id', '=', supporter.id).where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /**
   * A one-off check-in the supporter planned that started `minutesAgo` minutes ago. Its reminders fall
   * before the clock it was made on, so none are queued; its "was it missed?" nudge comes hours later.
   */
  async pastCheckIn(relationshipId: string, supporter: TestUser, minutesAgo: number): Promise<string> {
    const plannedAt = new Date(Date.now() - minutesAgo * 60_000);
    this.clock.advanceMinutes((plannedAt.getTime() - 30 * 60_000 - this.clock.now().getTime()) / 60_000);
    const actor = seedActor(supporter.id, supporter.handle, ['member', 'supporter']);
    const checkIn = await this.app.kindred.support.checkIns.addOneOff(actor, relationshipId, {
      plannedAt: plannedAt.toISOString(), durationMinutes: 45, meetingMode: 'chat', meetingDetail: null,
    });
    return checkIn.id;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }
}

/** One check-in seeder per spec file. */
export function useCheckInSeed() {
  const state = {} as { seed: CheckInSeeder };
  beforeAll(async () => {
    state.seed = await CheckInSeeder.open();
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
