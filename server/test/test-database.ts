import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DialectName } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  /** Closes connections and removes the database. */
  dispose(): Promise<void>;
}

export function testDialect(): DialectName {
  return process.env.KINDRED_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('The PostgreSQL lane needs the cluster from server/test/global-setup.ts');
  const name = `kindred_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, empty database of the lane's dialect; migrated unless asked otherwise. */
export async function createTestDatabase(options: { migrate?: boolean; dialect?: DialectName } = {}): Promise<TestDatabase> {
  let url: string;
  let cleanup: () => Promise<void>;
  if ((options.dialect ?? testDialect()) === 'postgres') {
    const created = await createPostgresDatabase();
    url = created.url;
    cleanup = created.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-sqlite-'));
    url = `sqlite:${join(dir, 'test.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const handle = connectDatabase(url);
  if (options.migrate ?? true) await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async dispose() {
      await handle.close();
      await cleanup();
    },
  };
}
