import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../server/app.js';
import { connectDatabase } from '../../server/platform/db/connect.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import { freePort } from '../../server/test/free-port.js';
import { e2eConfig } from './e2e-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

/** Serves the built web client and the API from one real server on a free port, over a fresh database. */
export default async function setup(project: TestProject) {
  if (!existsSync('web/dist/index.html')) throw new Error('Build the web client first: npm run build:web');
  const dir = mkdtempSync(join(tmpdir(), 'kindred-e2e-'));
  const databaseUrl = `sqlite:${join(dir, 'e2e.sqlite')}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = connectDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const app = await buildApp(e2eConfig(baseUrl, databaseUrl), { database });
  await app.listen({ host: '127.0.0.1', port });
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', databaseUrl);
  return async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
