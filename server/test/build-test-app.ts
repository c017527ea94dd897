import type { DestinationStream } from 'pino';
import { buildApp, type KindredApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import type { Clock } from '../platform/clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { TEST_ORIGIN } from './test-client.js';

export interface TestApp {
  app: KindredApp;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The lowest argon2 memory cost keeps hashing fast in tests; production uses the configured cost. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: TEST_ORIGIN,
    LOG_LEVEL: 'silent',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    RATE_LIMIT_PER_MINUTE: '100000',
    SIGN_IN_IP_MAX_FAILURES: '1000',
    WEB_DIST: '/nonexistent-web-dist',
    ...env,
  });
}

export async function buildTestApp(options: { env?: Record<string, string>; clock?: Clock; logStream?: DestinationStream } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(options.env);
  const app = await buildApp(config, {
    database,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
