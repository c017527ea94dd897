import { inject } from 'vitest';
import type { Role } from '../../shared/roles.js';
import { buildApp, type KindredApp } from '../../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../../server/platform/db/connect.js';
import { createUser, type TestUser } from '../../server/test/factories.js';
import { e2eConfig } from './e2e-config.js';

/** Seeds the journey's database through the same factories as the API tests. */
export class Seeder {
  private constructor(private readonly app: KindredApp, private readonly database: DatabaseHandle) {}

  static async open(): Promise<Seeder> {
    const databaseUrl = inject('databaseUrl');
    const database = connectDatabase(databaseUrl);
    const app = await buildApp(e2eConfig(inject('baseUrl'), databaseUrl), { database });
    return new Seeder(app, database);
  }

  user(options: { roles?: Role[]; email?: string; handle?: string } = {}): Promise<TestUser> {
    return createUser(this.app, options);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }
}
