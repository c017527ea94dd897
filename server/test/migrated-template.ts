import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DialectName } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/** Where a lane's migrated template lives: a PostgreSQL database name or an SQLite file. */
export interface MigratedTemplate {
  dialect: DialectName;
  /** The template database's name (PostgreSQL) or file path (SQLite). */
  location: string;
}

export const PG_TEMPLATE_NAME = 'kindred_migrated_template';

/**
 * Runs every migration once per test run. Each test then starts from a copy (CREATE DATABASE ... TEMPLATE,
 * or a file copy), which is what a fresh migrated database is, without replaying the migrations hundreds
 * of times. The migrations themselves are still tested from empty in platform/db/migrations.test.ts.
 */
export async function createMigratedTemplate(dialect: DialectName, pgAdminUrl: string | null): Promise<{ template: MigratedTemplate; remove: () => void }> {
  if (dialect === 'postgres') {
    if (!pgAdminUrl) throw new Error('A PostgreSQL template needs the cluster from server/test/pg-cluster.ts');
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_NAME}`);
    await admin.end();
    const handle = connectDatabase(pgAdminUrl.replace(/\/postgres$/, `/${PG_TEMPLATE_NAME}`));
    await migrateToLatest(handle.db);
    await handle.close();
    // The cluster is thrown away with its template.
    return { template: { dialect, location: PG_TEMPLATE_NAME }, remove: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kindred-sqlite-template-'));
  const file = join(dir, 'template.sqlite');
  const handle = connectDatabase(`sqlite:${file}`);
  await migrateToLatest(handle.db);
  // Closing checkpoints the write-ahead log into the file, so the file alone is the whole database.
  await handle.close();
  return { template: { dialect, location: file }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
