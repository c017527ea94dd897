import { buildApp, type KindredApp } from '../../app.js';
import type { DialectName } from '../../platform/db/connect.js';
import { testConfig } from '../build-test-app.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';

/**
 * A migrated database seeded through the real services (factories work as usual), left ready for
 * server processes to open. The seeding app never listens and is closed before they start.
 */
export async function seededDatabase<T>(dialect: DialectName, seed: (app: KindredApp) => Promise<T>): Promise<{ database: TestDatabase; seeded: T }> {
  const database = await createTestDatabase({ dialect });
  const app = await buildApp(testConfig(), { database });
  const seeded = await seed(app);
  await app.close();
  return { database, seeded };
}
