import { buildApp } from './app.js';
import { ConfigError, type Config, loadConfig } from './config.js';
import { DEMO_PASSWORD, demoRoles, isDatabaseEmpty, seedDemoPeople } from './demo-data.js';
import { connectDatabase } from './platform/db/connect.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { warmUpGazetteer } from './platform/geo/gazetteer.js';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function shouldSeedDemo(config: Config): boolean {
  if (config.demoData === 'auto') return config.env !== 'production';
  return config.demoData === 'on';
}

async function main(): Promise<void> {
  const config = configOrExit();
  const database = connectDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const app = await buildApp(config, { database });

  const seeded = shouldSeedDemo(config) && (await isDatabaseEmpty(database.db))
    ? await seedDemoPeople(app)
    : [];

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  // The place list for "groups near me" loads now rather than on some member's first search.
  warmUpGazetteer({ withSuggestions: true });
  const lines = [`\nKindred is running at ${config.publicUrl}`, `API docs: ${config.publicUrl}/api/docs`];
  if (seeded.length > 0) {
    lines.push('\nDemo sign-ins (fictional people; password for all: ' + DEMO_PASSWORD + '):');
    for (const person of seeded) lines.push(`  ${demoRoles(person).padEnd(12)} ${person.email}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
