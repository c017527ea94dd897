import { type Config, loadConfig } from '../../server/config.js';

export function e2eConfig(baseUrl: string, databaseUrl: string): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    RATE_LIMIT_PER_MINUTE: '100000',
    SIGN_IN_IP_MAX_FAILURES: '1000',
    WEB_DIST: 'web/dist',
  });
}
