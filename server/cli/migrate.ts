import { loadConfig } from '../config.js';
import { connectDatabase } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';

const config = loadConfig();
const database = connectDatabase(config.databaseUrl);
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length ? applied.join('\n') : 'Database is up to date.');
} finally {
  await database.close();
}
