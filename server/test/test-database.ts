import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DialectName } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { type MigratedTemplate, PG_TEMPLATE_NAME } from './migrated-template.js';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  /** Closes connections and removes the database. */
  dispose(): Promise<void>;
}

export function testDialect(): DialectName {
  return process.env.KINDRED_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/** The lane's migrated template when its global setup made one (the server lanes do; the processes lane does not). */
function migratedTemplate(dialect: DialectName): MigratedTemplate | null {
  const template = inject('migratedTemplate');
  return template?.dialect === dialect ? template : null;
}

async function createPostgresDatabase(fromTemplate: boolean): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('The PostgreSQL lane needs the cluster from server/test/global-setup.ts');
  const name = `kindred_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${fromTemplate ? ` TEMPLATE ${PG_TEMPLATE_NAME}` : ''}`);
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
  const dialect = options.dialect ?? testDialect();
  const migrate = options.migrate ?? true;
  const template = migrate ? migratedTemplate(dialect) : null;
  if (dialect === 'postgres') {
    const created = await createPostgresDatabase(template !== null);
    url = created.url;
    cleanup = created.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-sqlite-'));
    const file = join(dir, 'test.sqlite');
    if (template) copyFileSync(template.location, file);
    url = `sqlite:${file}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const handle = connectDatabase(url);
  if (migrate && !template) await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async dispose() {
      await handle.close();
      await cleanup();
    },
  };
}
